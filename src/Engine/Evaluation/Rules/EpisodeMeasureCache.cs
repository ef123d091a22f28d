using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>
/// Per episode, the decisions shared by every enterprise of one industry, grade, livelihood flag and
/// transport flag (all but those with their own plan): built once, then stamped with each target.
/// </summary>
internal sealed class EpisodeMeasureCache(Episode episode)
{
    private readonly Dictionary<(string, string, bool, bool), (MeasureDecision, MeasureDecision?)> _decisions = [];
    private MeasureDecision? _advisoryOnly;

    public Episode Episode { get; } = episode;

    public bool TryGet((string, string, bool, bool) key, out (MeasureDecision, MeasureDecision?) decision) => _decisions.TryGetValue(key, out decision);

    public void Add((string, string, bool, bool) key, (MeasureDecision, MeasureDecision?) decision) => _decisions[key] = decision;

    public MeasureDecision AdvisoryOnly(Compilation.PlanContext plan) => _advisoryOnly ??= MeasureDecisions.Decision(Episode, "production",
        new Measure { Kind = MeasureKind.None, Reason = $"首要污染物为 {Episode.Pollutant}，仅发布提示" },
        Episode.Rule, Episode.Because, []);
}
