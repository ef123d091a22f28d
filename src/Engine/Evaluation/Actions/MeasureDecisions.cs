using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>Builds enterprise measure decisions (without the target) for an episode, with their explanation.</summary>
internal static class MeasureDecisions
{
    /// <summary>A ruling at the episode's level, stamped with the episode (dates, level, why; an empty explanation adds nothing to the episode's).</summary>
    public static MeasureDecision Stamp(Episode episode, string category, MeasureRuling r) =>
        Build(episode, category, r.Measure, r.Rule, r.Explanation.Length == 0 ? episode.Because : $"{episode.Because}；{r.Explanation}", r.Overrode);

    private static MeasureDecision Build(Episode episode, string category, Measure m, string rule, string because, IReadOnlyList<string> overrode) => new()
    {
        TargetKind = "enterprise",
        Target = "",
        District = episode.District,
        Level = episode.Level,
        Category = category,
        Kind = MeasureText.Kind(m.Kind),
        Percent = m.Kind == MeasureKind.Limit ? m.Percent : null,
        Basis = m.Kind == MeasureKind.Limit ? (m.Basis == LimitBasis.Lines ? "lines" : "output") : null,
        MinStandard = m.MinStandard,
        Hours = m.Hours,
        Reason = m.Reason,
        Start = episode.StartsAt,
        End = episode.EndsAt,
        Rule = rule,
        Because = because,
        Overrode = overrode,
    };
}
