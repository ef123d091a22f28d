using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>"Why must I stop?" — everything a decision set says about one target, in the wording catalogue's terms.</summary>
public static class Explainer
{
    public static IReadOnlyList<string> Explain(DecisionSet decisions, string targetId)
    {
        var measures = decisions.Measures.Concat(decisions.Staggered).Where(m => m.Target == targetId).ToList();
        if (measures.Count == 0) return [];
        var lines = new List<string>();
        var first = measures[0];
        var plan = decisions.Ruleset.Name;
        lines.Add($"{Terms.TargetKind(first.TargetKind)} {targetId}{(first.TargetName is null || first.TargetName == targetId ? "" : $"（{first.TargetName}）")}，{first.District}");
        foreach (var warning in decisions.Warnings.Where(w => measures.Any(m => m.District == w.District)))
        {
            lines.Add($"预警：{warning.District}{Terms.Level(warning.Level)}，{Terms.Date(warning.Start)}至{Terms.Date(warning.End)}" +
                      $"（依据{Provisions.Cite(warning.Rule, plan)}）" + (warning.Approver is null ? "" : $"，须经{warning.Approver}批准"));
            lines.Add($"  理由：{warning.Because}");
            foreach (var s in warning.Schedule ?? [])
                lines.Add($"  分段：{(s.Start == s.End ? Terms.Date(s.Start) : $"{Terms.Date(s.Start)}至{Terms.Date(s.End)}")}{Terms.Level(s.Level)}" +
                          $"{(s.AdvisoryOnly ? "（仅发布健康提示）" : "")}（依据{Provisions.Cite(s.Rule, plan)}）");
        }
        foreach (var m in measures)
        {
            var what = m.Category is "production" or "transport"
                ? MeasureWords.Short(m.Kind, m.Percent, m.Basis, m.Reason, m.MinStandard, m.Hours)
                : m.Text ?? Terms.Kind(m.Kind);
            lines.Add($"措施（{Terms.Category(m.Category)}）：{what}，{Terms.Instant(m.Start)}至{Terms.Instant(m.End)}（依据{Provisions.Cite(m.Rule, plan)}）");
            lines.Add($"  理由：{m.Because}");
            if (m.Overrode.Count > 0) lines.Add($"  {Provisions.SetAside(m.Rule, m.Overrode)}");
        }
        return lines;
    }
}
