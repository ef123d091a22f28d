using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>
/// Regional warnings by hand: on each date a region is at the highest level that at least n member
/// districts reach, and no member may be below it.
/// </summary>
internal sealed class RegionalFloor(RuleModel model)
{
    private readonly (string[] Members, int MinDistricts)[] _rules =
    [
        .. model.RegionalWarnings.Select(r => (
            model.Regions.First(g => g.Name == r.Region).Districts.ToArray(), r.MinDistricts)),
    ];

    /// <param name="series">district → (dates, day levels) for the districts in the forecast.</param>
    public void Apply(Dictionary<string, DistrictSeries> series, int levelCount)
    {
        foreach (var (members, n) in _rules)
        {
            var byDate = new Dictionary<DateOnly, int[]>();
            foreach (var member in members)
            {
                if (!series.TryGetValue(member, out var s)) continue;
                for (var i = 0; i < s.Count; i++)
                {
                    if (!byDate.TryGetValue(s.Dates[i], out var counts)) byDate[s.Dates[i]] = counts = new int[levelCount + 1];
                    counts[s.Levels[i]]++;
                }
            }
            foreach (var member in members)
            {
                if (!series.TryGetValue(member, out var s)) continue;
                for (var i = 0; i < s.Count; i++)
                {
                    var floor = RegionLevel(byDate[s.Dates[i]], n);
                    if (s.Levels[i] < floor) s.Levels[i] = floor;
                }
            }
        }
    }

    private static int RegionLevel(int[] countsAtLevel, int n)
    {
        var atLeast = 0;
        for (var level = countsAtLevel.Length - 1; level >= 1; level--)
        {
            atLeast += countsAtLevel[level];
            if (atLeast >= n) return level;
        }
        return 0;
    }
}
