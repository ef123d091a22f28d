using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of a `regional:REGION` rule, which collects the day levels of the region's member
/// districts (an NRules collect aggregate in the regions session): on each date the region is at
/// the highest level that at least N members reach on a day whose primary pollutant warns (a day of
/// an advisory-only pollutant, e.g. O3, never counts toward a regional warning).
/// </summary>
internal static class RegionalFloorAction
{
    public static void Fire(RegionRun run, RegionalWarningRule rule, IEnumerable<DistrictLevels> members)
    {
        var plan = run.Plan;
        var levels = members.OrderBy(l => l.District, StringComparer.Ordinal).ToList();
        var ranks = new SortedDictionary<DateOnly, int>();
        var counted = new Dictionary<DateOnly, string[]>();
        var pollutants = new Dictionary<DateOnly, string>();
        foreach (var date in levels.SelectMany(l => l.Series.Days.Select(d => d.Date)).Distinct().Order())
        {
            for (var rank = plan.MaxRank; rank >= 1; rank--)
            {
                if (plan.LevelsByRank[rank]!.AdvisoryOnly) continue;
                var days = levels.Select(l => (l.District, Day: Counting(l, date, rank, plan.AdvisoryOnlyPollutants))).Where(x => x.Day is not null).ToList();
                if (days.Count < rule.MinDistricts) continue;
                ranks[date] = rank;
                counted[date] = [.. days.Select(x => x.District)];
                pollutants[date] = days.GroupBy(x => x.Day!.PrimaryPollutant, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                break;
            }
        }
        run.Levels.Add((rule, new RegionalLevel(rule.Region, ranks, rule.MinDistricts, counted, pollutants)));
        foreach (var (start, end, rank) in Runs(ranks))
        {
            var level = plan.LevelId(rank);
            var districts = counted.Where(c => c.Key >= start && c.Key <= end).SelectMany(c => c.Value)
                .Distinct().Order(StringComparer.Ordinal).ToList();
            run.Warnings.Add(new RegionalWarningDecision(rule.Region, level, start, end, districts, $"regional:{rule.Region}",
                $"{rule.Region}{districts.Count}个区县{Wording.Terms.Date(start)}至{Wording.Terms.Date(end)}达到{Wording.Terms.Colour(level, plan.Model.Levels)}预警及以上（至少需{rule.MinDistricts}个）；区域内各区县不得低于区域预警等级"));
        }
    }

    /// <summary>Maximal runs of consecutive dates at one rank.</summary>
    private static IEnumerable<(DateOnly Start, DateOnly End, int Rank)> Runs(SortedDictionary<DateOnly, int> ranks)
    {
        DateOnly? start = null;
        var previous = default(DateOnly);
        var current = 0;
        foreach (var (date, rank) in ranks)
        {
            if (start is not null && (rank != current || date.DayNumber != previous.DayNumber + 1))
            {
                yield return (start.Value, previous, current);
                start = null;
            }
            start ??= date;
            current = rank;
            previous = date;
        }
        if (start is not null) yield return (start.Value, previous, current);
    }

    /// <summary>The member's day on <paramref name="date"/> if it is at ≥ rank by a pollutant that warns.</summary>
    private static Facts.ForecastDay? Counting(DistrictLevels levels, DateOnly date, int rank, HashSet<string> advisoryOnly)
    {
        var days = levels.Series.Days;
        for (var i = 0; i < days.Length; i++)
            if (days[i].Date == date)
                return levels.Ranks[i] >= rank && !advisoryOnly.Contains(days[i].PrimaryPollutant) ? days[i] : null;
        return null;
    }
}
