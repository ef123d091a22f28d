namespace EmergencyDSS.Notices.Replay;

/// <summary>Enterprise stop and limit days of one industry and grade over a season.</summary>
internal sealed record IndustryTally(string Industry, string Grade, int Enterprises, int StopDays, int LimitDays)
{
    public static IReadOnlyList<IndustryTally> Of(IEnumerable<EnterpriseTally> enterprises) =>
        enterprises.GroupBy(e => (e.Industry, e.Grade))
            .OrderBy(g => g.Key.Industry, StringComparer.Ordinal).ThenBy(g => g.Key.Grade, StringComparer.Ordinal)
            .Select(g => new IndustryTally(g.Key.Industry, g.Key.Grade, g.Count(), g.Sum(e => e.StopDays), g.Sum(e => e.LimitDays))).ToList();
}
