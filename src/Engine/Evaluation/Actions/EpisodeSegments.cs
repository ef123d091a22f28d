using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// An episode's level schedule: each warned day carries the level its own triggers or the regional floor
/// give it; a clean gap day inside the episode carries the lower of its two warned neighbours' levels
/// (the earlier one on a tie). Maximal runs of days at one level (and one advisory-only standing) are the
/// segments; each becomes an <see cref="Episode"/> fact of its own.
/// </summary>
internal static class EpisodeSegments
{
    public static IReadOnlyList<Episode> Of(SessionRun run, string district, ForecastDay[] days, DayStanding[] standings)
    {
        var carried = Carried(standings);
        var segments = new List<Episode>();
        var from = 0;
        for (var i = 1; i <= days.Length; i++)
        {
            if (i < days.Length && carried[i].Rank == carried[from].Rank && carried[i].Advisory == carried[from].Advisory) continue;
            segments.Add(Segment(run, district, days[from..i], standings[from..i], carried[from], segments.Count));
            from = i;
        }
        return segments;
    }

    /// <summary>The standing each day of the episode carries: its own when warned, else its lower neighbour's.</summary>
    private static DayStanding[] Carried(DayStanding[] standings)
    {
        var carried = (DayStanding[])standings.Clone();
        for (var i = 0; i < standings.Length; i++)
        {
            if (standings[i].Warned) continue;
            var before = Array.FindLastIndex(standings, i, s => s.Warned);
            var after = Array.FindIndex(standings, i, s => s.Warned);
            carried[i] = standings[after].Rank < standings[before].Rank ? standings[after] : standings[before];
        }
        return carried;
    }

    private static Episode Segment(SessionRun run, string district, ForecastDay[] days, DayStanding[] standings, DayStanding carried, int index)
    {
        var plan = run.Plan;
        var level = plan.LevelsByRank[carried.Rank]!;
        var warned = Enumerable.Range(0, days.Length).Where(i => standings[i].Warned).ToList();
        var pollutant = warned.GroupBy(i => standings[i].Pollutant)
            .OrderByDescending(g => g.Count()).ThenBy(g => days[g.First()].Date).First().Key;
        var regional = warned.All(i => standings[i].Region is not null) ? standings[warned[0]].Region : null;
        var region = warned.Select(i => standings[i].Region).FirstOrDefault(r => r is not null)?.Region;
        return new Episode
        {
            District = district, Rank = carried.Rank, Level = level.Id, Start = days[0].Date, End = days[^1].Date,
            StartsAt = plan.At(days[0].Date, plan.Model.Episodes.StartTime),
            EndsAt = plan.At(days[^1].Date.AddDays(1), plan.Model.Episodes.StartTime),
            Days = days, Pollutant = pollutant, AdvisoryOnly = carried.Advisory, Region = region, Segment = index,
            Rule = regional is null ? $"level:{level.Id}" : $"regional:{regional.Region}",
            Because = EpisodeWording.Segment(plan, district, level, days, standings, carried.Advisory, pollutant),
        };
    }
}
