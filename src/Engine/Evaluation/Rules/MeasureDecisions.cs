using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>Builds enterprise measure decisions (without the target) from a resolved choice, with their explanation.</summary>
internal static class MeasureDecisions
{
    public static MeasureDecision Production(Episode episode, string industry, string grade, MeasureChoice choice)
    {
        if (choice.Winner is null)
            return Decision(episode, "production", new Measure { Kind = MeasureKind.None }, "table:none",
                $"{episode.Because}；{grade}级{industry}企业：措施表在 {episode.Level} 级无减产要求", []);
        var w = choice.Winner;
        return Decision(episode, "production", w.Measure, w.Rule, $"{episode.Because}；{grade}级{industry}企业，{w.Where}", choice.Losers);
    }

    public static MeasureDecision? Transport(Episode episode, string industry, string grade, MeasureChoice choice)
    {
        if (choice.Winner is null) return null;
        var w = choice.Winner;
        return Decision(episode, "transport", w.Measure, w.Rule, $"{episode.Because}；{grade}级{industry}企业，{w.Where}", choice.Losers);
    }

    public static MeasureDecision Decision(Episode episode, string category, Measure m, string rule, string because, IReadOnlyList<string> overrode) => new()
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
        Because = overrode.Count == 0 ? because : $"{because}；按从严原则，优先于：{string.Join("、", overrode)}",
        Overrode = overrode,
    };
}
