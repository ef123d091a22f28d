using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>
/// Aggregate over a region's member districts: on each date the region is at the highest level that
/// at least N members reach. Activates once, when the last member's day levels arrive.
/// </summary>
internal sealed class RegionalFloorRule(RegionalWarningRule rule, RegionModel region) : ProductionRule<DistrictLevels>
{
    private readonly HashSet<string> _members = [.. region.Districts];

    public override string Name => $"regional:{rule.Region}";
    public override int Salience => Rules.Salience.RegionalFloor;

    protected override void Match(DistrictLevels fact, WorkingMemory memory, Agenda agenda)
    {
        if (!_members.Contains(fact.District)) return;
        var arrived = memory.Facts<DistrictLevels>().Count(l => _members.Contains(l.District));
        if (arrived == _members.Count(m => memory.Keyed<DistrictSeries>(m).Count > 0)) agenda.Add(new Activation(this, fact));
    }

    public override void Fire(Activation activation, Session session)
    {
        var levels = session.Memory.Facts<DistrictLevels>().Where(l => _members.Contains(l.District)).ToList();
        var ranks = new SortedDictionary<DateOnly, int>();
        foreach (var date in levels.SelectMany(l => l.Series.Days.Select(d => d.Date)).Distinct())
        {
            for (var rank = session.Plan.MaxRank; rank >= 1; rank--)
            {
                if (session.Plan.LevelsByRank[rank]!.AdvisoryOnly) continue;
                var count = levels.Count(l => RankOn(l, date) >= rank);
                if (count < rule.MinDistricts) continue;
                ranks[date] = rank;
                break;
            }
        }
        session.Insert(new RegionalLevel(rule.Region, ranks, rule.MinDistricts), null);
        foreach (var (start, end, rank) in Runs(ranks))
        {
            var level = session.Plan.LevelId(rank);
            var districts = levels.Where(l => Enumerable.Range(0, l.Ranks.Length).Any(i => l.Ranks[i] >= rank && l.Series.Days[i].Date >= start && l.Series.Days[i].Date <= end))
                .Select(l => l.District).Order(StringComparer.Ordinal).ToList();
            session.Insert(new RegionalWarningDecision(rule.Region, level, start, end, districts, Name,
                $"{rule.Region}{districts.Count}个区县{Wording.Terms.Date(start)}至{Wording.Terms.Date(end)}达到{Wording.Terms.Colour(level, session.Plan.Model.Levels)}预警及以上（至少需{rule.MinDistricts}个）；区域内各区县不得低于区域预警等级"), null);
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
