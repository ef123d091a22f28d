using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Scheduler.Supervision;

/// <summary>
/// The supervision and exposure lists computed from inspections by the ruleset's rule: an episode counts once
/// (its first violating finding) when a finding in it was "not complied" (or "partly", if the rule counts it)
/// and was recorded within the last <see cref="SupervisionRule.WithinDays"/> days of <c>now</c>. Sorted by
/// violations, then credit code, so the same records give the same list.
/// </summary>
internal static class SupervisionList
{
    public static IReadOnlyList<ListedEnterprise> Compute(SupervisionRule? rule, IEnumerable<CheckedEpisode> findings, DateTimeOffset now)
    {
        if (rule is null) return [];
        var since = now - TimeSpan.FromDays(rule.WithinDays);
        return findings
            .Where(f => f.InspectedAt > since && f.InspectedAt <= now && (f.Outcome == "not_complied" || (rule.CountsPartly && f.Outcome == "partly")))
            .GroupBy(f => f.CreditCode, StringComparer.Ordinal)
            .Select(g => new ListedEnterprise(g.Key, g.OrderByDescending(f => f.InspectedAt).First().Name, g.OrderByDescending(f => f.InspectedAt).First().District,
                g.GroupBy(f => (f.District, f.EpisodeStart)).Select(e => e.OrderBy(f => f.InspectedAt).First()).OrderBy(f => f.InspectedAt).ToList()))
            .Where(e => e.Violations.Count >= rule.Violations)
            .OrderByDescending(e => e.Violations.Count).ThenBy(e => e.CreditCode, StringComparer.Ordinal)
            .ToList();
    }
}
