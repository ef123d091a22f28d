using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// Per episode, the decisions shared by every enterprise of one profile (industry, grade, livelihood,
/// bulk transport; all but those with their own plan): decided once, then referenced by each target.
/// </summary>
internal sealed class EpisodeMeasureCache(Episode episode, int profileCount)
{
    private readonly EnterpriseDecision?[] _byProfile = new EnterpriseDecision?[profileCount];
    private EnterpriseDecision? _advisoryOnly;

    public Episode Episode { get; } = episode;

    public EnterpriseDecision? this[int profile]
    {
        get => _byProfile[profile];
        set => _byProfile[profile] = value;
    }

    /// <summary>Advisory-only episodes (e.g. ozone) cut no production: one `none` decision for every enterprise.</summary>
    public EnterpriseDecision AdvisoryOnlyDecision() => _advisoryOnly ??= new(Episode, new EnterpriseRuling(
        new MeasureRuling(new Measure { Kind = MeasureKind.None, Reason = $"首要污染物为 {Episode.Pollutant}，仅发布提示" }, Episode.Rule, "", []), null));
}
