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
            lines.Add($"warning: {warning.Level} in {warning.District} {warning.Start:yyyy-MM-dd}..{warning.End:yyyy-MM-dd} ({warning.Rule})" +
                      (warning.Approver is null ? "" : $", needs approval by {warning.Approver}"));
            lines.Add($"  because {warning.Because}");
        }
        foreach (var m in measures)
        {
            var what = m.Kind + (m.Percent is { } p ? $" {p.ToString(CultureInfo.InvariantCulture)}%{(m.Basis == "lines" ? " of lines" : "")}" : "")
                       + (m.MinStandard is null ? "" : $" (trucks below {m.MinStandard})");
            lines.Add($"{m.Category}: {what} from {m.Start:yyyy-MM-dd HH:mm} to {m.End:yyyy-MM-dd HH:mm} (UTC{m.Start:zzz}) by {m.Rule}");
            lines.Add($"  because {m.Because}");
            if (m.Overrode.Count > 0) lines.Add($"  this overrides: {string.Join(", ", m.Overrode)}");
        }
        return lines;
    }
}
