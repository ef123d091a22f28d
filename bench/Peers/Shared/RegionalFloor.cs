using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>
/// Regional warnings by hand: on each date a region is at the highest level that at least n member
/// districts reach by their own triggers on a day whose primary pollutant warns (a day of an
/// advisory-only pollutant such as O3 never counts), and carries the counted members' most frequent
/// pollutant (ties: the ordinally first). Each member's day gets the highest floor of its regions
/// (the first region reaching it, regions and their rules in plan order).
/// </summary>
internal sealed class RegionalFloor
{
    private readonly (string[] Members, int MinDistricts)[] _rules;
    private readonly IReadOnlySet<string> _advisoryOnly;

    public RegionalFloor(RuleModel model)
    {
        _rules =
        [
            .. model.Regions.SelectMany(region => model.RegionalWarnings.Where(r => r.Region == region.Name)
                .Select(r => (region.Districts.ToArray(), r.MinDistricts))),
        ];
        _advisoryOnly = model.Episodes.AdvisoryOnlyPollutants.ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="series">district → its days with their own levels (1 + level index, 0 clean).</param>
    public void Apply(Dictionary<string, DistrictSeries> series, int levelCount)
    {
        foreach (var (members, n) in _rules)
        {
            var present = new List<DistrictSeries>(members.Length);
            foreach (var member in members)
                if (series.TryGetValue(member, out var s)) present.Add(s);
            if (present.Count == 0) continue;
            // Per date, how many members count at each level, and their pollutants.
            var byDate = new Dictionary<DateOnly, List<(int Level, string Pollutant)>>();
            foreach (var s in present)
                for (var i = 0; i < s.Count; i++)
                {
                    if (!byDate.TryGetValue(s.Dates[i], out var counted)) byDate[s.Dates[i]] = counted = [];
                    if (s.Levels[i] > 0 && !_advisoryOnly.Contains(s.Pollutants[i])) counted.Add((s.Levels[i], s.Pollutants[i]));
                }
            var region = new Dictionary<DateOnly, (int Level, string Pollutant)>(byDate.Count);
            foreach (var (date, counted) in byDate)
                if (RegionLevel(counted, n, levelCount) is { } level) region[date] = level;
            foreach (var s in present)
                for (var i = 0; i < s.Count; i++)
                    if (region.TryGetValue(s.Dates[i], out var floor) && floor.Level > s.Floors[i])
                        (s.Floors[i], s.FloorPollutants[i]) = floor;
        }
    }

    private static (int Level, string Pollutant)? RegionLevel(List<(int Level, string Pollutant)> counted, int n, int levelCount)
    {
        for (var level = levelCount; level >= 1; level--)
        {
            var atLeast = 0;
            foreach (var c in counted) if (c.Level >= level) atLeast++;
            if (atLeast < n) continue;
            var pollutants = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in counted)
                if (c.Level >= level) pollutants[c.Pollutant] = pollutants.GetValueOrDefault(c.Pollutant) + 1;
            var best = pollutants.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            return (level, best);
        }
        return null;
    }
}
