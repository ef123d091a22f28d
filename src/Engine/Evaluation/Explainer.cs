using System.Globalization;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>"Why must I stop?" — everything a decision set says about one target, in plain lines.</summary>
public static class Explainer
{
    public static IReadOnlyList<string> Explain(DecisionSet decisions, string targetId)
    {
        var measures = decisions.Measures.Concat(decisions.Staggered).Where(m => m.Target == targetId).ToList();
        if (measures.Count == 0) return [];
        var lines = new List<string>();
        var first = measures[0];
        lines.Add($"{first.TargetKind} {targetId}{(first.TargetName is null ? "" : $" ({first.TargetName})")}, {first.District}");
        foreach (var warning in decisions.Warnings.Where(w => measures.Any(m => m.District == w.District)))
        {
            lines.Add($"预警 warning: {warning.Level}，{warning.District}，{warning.Start:yyyy-MM-dd} 至 {warning.End:yyyy-MM-dd}（{warning.Rule}）" +
                      (warning.Approver is null ? "" : $"，须经{warning.Approver}审批"));
            lines.Add($"  依据 because: {warning.Because}");
        }
        foreach (var m in measures)
        {
            var what = m.Kind + (m.Percent is { } p ? $" {p.ToString(CultureInfo.InvariantCulture)}%{(m.Basis == "lines" ? " of lines" : "")}" : "")
                       + (m.MinStandard is null ? "" : $" (below {m.MinStandard})");
            lines.Add($"措施 {m.Category}: {what}，{m.Start:yyyy-MM-dd HH:mm} 至 {m.End:yyyy-MM-dd HH:mm}（UTC{m.Start:zzz}），规则 {m.Rule}");
            lines.Add($"  依据 because: {m.Because}");
            if (m.Overrode.Count > 0) lines.Add($"  优先于 overrides: {string.Join("、", m.Overrode)}");
        }
        return lines;
    }
}
