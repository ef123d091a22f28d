using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// The firing trace behind one target: the NRules rules that fired in the target's districts, in
/// order — its level and regional rules, its episodes, and the rules that decided its measures —
/// each with the facts it matched.
/// </summary>
public static class TraceExplainer
{
    /// <summary>Derivation rules every decision of a district rests on.</summary>
    private static bool Derives(string rule) => rule.StartsWith("level:", StringComparison.Ordinal)
        || rule.StartsWith("regional:", StringComparison.Ordinal) || rule == "episodes";

    public static IReadOnlyList<string> Explain(DecisionSet decisions, IReadOnlyList<Firing> firings, string targetId)
    {
        var measures = decisions.Measures.Concat(decisions.Staggered).Where(m => m.Target == targetId).ToList();
        if (measures.Count == 0) return [];
        var districts = measures.Select(m => m.District).ToHashSet(StringComparer.Ordinal);
        var rules = measures.Select(m => m.Rule).ToHashSet(StringComparer.Ordinal);
        var enterprise = measures.Any(m => m.TargetKind == "enterprise");
        var lines = new List<string> { $"firing trace (NRules) behind {targetId}:" };
        var n = 0;
        foreach (var firing in firings)
        {
            if (!firing.Districts.Any(districts.Contains)) continue;
            if (!Derives(firing.Rule) && !rules.Contains(firing.Rule) && !(enterprise && firing.Rule == "enterprise-measures")) continue;
            lines.Add($"  {++n}. {firing.Rule}");
            foreach (var fact in firing.Facts) lines.Add($"       {fact.Name}: {fact.Fact}");
        }
        return lines;
    }
}
