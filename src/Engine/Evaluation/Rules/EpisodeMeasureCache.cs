using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>
/// Per episode, the decisions every ordinary enterprise of one industry and grade shares (no own plan,
/// no livelihood, no bulk transport, no staggering): built once, then stamped with each target.
/// </summary>
internal sealed class EpisodeMeasureCache(Episode episode)
{
    private readonly Dictionary<(string, string), (MeasureDecision, MeasureDecision?)> _ordinary = [];
    private MeasureDecision? _advisoryOnly;

    public Episode Episode { get; } = episode;

    public (MeasureDecision Production, MeasureDecision? Transport) Ordinary(string industry, string grade, PlanContext plan)
    {
        if (_ordinary.TryGetValue((industry, grade), out var found)) return found;
        var (production, transport) = plan.Measures.For(industry, grade, Episode.Rank);
        var built = (MeasureDecisions.Production(Episode, industry, grade, MeasureChoice.Resolve(production)),
            MeasureDecisions.Transport(Episode, industry, grade, MeasureChoice.Resolve(transport)));
        _ordinary[(industry, grade)] = built;
        return built;
    }

    public MeasureDecision AdvisoryOnly(PlanContext plan) => _advisoryOnly ??= MeasureDecisions.Decision(Episode, "production",
        new Measure { Kind = MeasureKind.None, Reason = $"primary pollutant {Episode.Pollutant}: advisories only" },
        Episode.Rule, Episode.Because, []);
}
