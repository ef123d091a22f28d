using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of a `regional:REGION` rule, which collects the day levels of the region's member
/// districts (an NRules collect aggregate in the regions session): on each date the region is at
/// the highest level that at least N members reach.
/// </summary>
internal static class RegionalFloorAction
{
    public static void Fire(RegionRun run, RegionalWarningRule rule, IEnumerable<DistrictLevels> members)
    {
        var plan = run.Plan;
        var levels = members.ToList();
        var ranks = new SortedDictionary<DateOnly, int>();
        foreach (var date in levels.SelectMany(l => l.Series.Days.Select(d => d.Date)).Distinct())
        {
            for (var rank = plan.MaxRank; rank >= 1; rank--)
            {
                if (plan.LevelsByRank[rank]!.AdvisoryOnly) continue;
                var count = levels.Count(l => RankOn(l, date) >= rank);
                if (count < rule.MinDistricts) continue;
                ranks[date] = rank;
                break;
            }
        }
        run.Levels.Add((rule, new RegionalLevel(rule.Region, ranks, rule.MinDistricts)));
        foreach (var (start, end, rank) in Runs(ranks))
        {
            var level = plan.LevelId(rank);
            var districts = levels.Where(l => Enumerable.Range(0, l.Ranks.Length).Any(i => l.Ranks[i] >= rank && l.Series.Days[i].Date >= start && l.Series.Days[i].Date <= end))
                .Select(l => l.District).Order(StringComparer.Ordinal).ToList();
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

    private static int RankOn(DistrictLevels levels, DateOnly date)
    {
        var days = levels.Series.Days;
        for (var i = 0; i < days.Length; i++) if (days[i].Date == date) return levels.Ranks[i];
        return 0;
    }
}
