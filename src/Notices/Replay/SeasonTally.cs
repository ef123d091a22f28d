using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Notices.Replay;

/// <summary>One district over the season: warning days by level, enterprise stop and limit days, emissions cut (tonnes).</summary>
internal sealed record DistrictTally(string District, IReadOnlyDictionary<string, int> WarningDays, int StopDays, int LimitDays, double[] Cut);

/// <summary>One enterprise that had to stop or limit production on at least one day.</summary>
internal sealed record EnterpriseTally(string Id, string Name, string District, string Industry, string Grade, int StopDays, int LimitDays, double[] Cut);

/// <summary>
/// What the season meant on the ground. Each day is governed by the last forecast issued before it began
/// (00:00 Asia/Shanghai); on it a district is warned at its warning's level (advisory-only warnings do not count)
/// and an enterprise stops or limits as that forecast's production measure says. Emissions cut per day = the
/// enterprise's baseline (t/a) ÷ 365 × its cut (stop 1, limit p%), summed over days, per pollutant.
/// </summary>
/// <param name="Levels">The warning level of each warned district-day.</param>
internal sealed record SeasonTally(DateOnly? First, DateOnly? Last, IReadOnlyList<DistrictTally> Districts, IReadOnlyList<EnterpriseTally> Enterprises,
    IReadOnlyDictionary<(string District, DateOnly Date), string> Levels)
{
    public static readonly string[] Pollutants = ["SO2", "NOx", "PM", "VOCs"];

    public static SeasonTally Count(IReadOnlyList<ReplayIssue> issues, IReadOnlyList<Enterprise> enterprises)
    {
        if (issues.Count == 0) return new SeasonTally(null, null, [], [], new Dictionary<(string, DateOnly), string>());
        var zone = issues[0].At.Offset;
        var dates = issues.SelectMany(i => i.Warnings.Select(w => w.End).Append(DateOnly.FromDateTime(i.At.DateTime))).ToList();
        var (first, last) = (DateOnly.FromDateTime(issues[0].At.DateTime).AddDays(1), dates.Max());
        var byId = enterprises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var dayLevels = new Dictionary<(string, DateOnly), string>();
        var warned = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        var days = new Dictionary<string, (int Stop, int Limit, double[] Cut)>(StringComparer.Ordinal);
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var begins = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), zone);
            var ends = begins.AddDays(1);
            var index = LastIssuedBefore(issues, begins);
            if (index < 0) continue;
            foreach (var w in issues[index].Warnings.Where(w => !w.AdvisoryOnly && w.Start <= date && date <= w.End))
            {
                var levels = warned.TryGetValue(w.District, out var l) ? l : warned[w.District] = new SortedDictionary<string, int>(StringComparer.Ordinal);
                levels[w.Level] = levels.GetValueOrDefault(w.Level) + 1;
                dayLevels[(w.District, date)] = w.Level;
            }
            foreach (var m in issues[index].Cuts.Where(m => m.Start < ends && m.End > begins))
            {
                if (!byId.TryGetValue(m.Enterprise, out var e)) continue;
                var fraction = m.Stop ? 1 : m.Percent / 100;
                (int Stop, int Limit, double[] Cut) t = days.TryGetValue(e.Id, out var known) ? known : (0, 0, new double[Pollutants.Length]);
                for (var p = 0; p < Pollutants.Length; p++) t.Cut[p] += e.Baseline(Pollutants[p]) / 365 * fraction;
                days[e.Id] = m.Stop ? (t.Stop + 1, t.Limit, t.Cut) : (t.Stop, t.Limit + 1, t.Cut);
            }
        }
        var tallies = days.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => byId[d.Key])
            .Select(e => new EnterpriseTally(e.Id, e.Name, e.District, e.Industry, e.Grade, days[e.Id].Stop, days[e.Id].Limit, days[e.Id].Cut)).ToList();
        var byDistrict = tallies.GroupBy(t => t.District).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var districts = warned.Keys.Union(byDistrict.Keys).Order(StringComparer.Ordinal).Select(d =>
        {
            var list = byDistrict.GetValueOrDefault(d) ?? [];
            return new DistrictTally(d, warned.GetValueOrDefault(d) ?? new SortedDictionary<string, int>(), list.Sum(t => t.StopDays), list.Sum(t => t.LimitDays),
                Enumerable.Range(0, Pollutants.Length).Select(p => list.Sum(t => t.Cut[p])).ToArray());
        }).ToList();
        return new SeasonTally(first, last, districts, tallies, dayLevels);
    }

    /// <summary>Total tonnes cut per pollutant.</summary>
    public double[] Cut => Enumerable.Range(0, Pollutants.Length).Select(p => Districts.Sum(d => d.Cut[p])).ToArray();

    private static int LastIssuedBefore(IReadOnlyList<ReplayIssue> issues, DateTimeOffset begins)
    {
        var found = -1;
        for (var i = 0; i < issues.Count && issues[i].At < begins; i++) found = i;
        return found;
    }
}
