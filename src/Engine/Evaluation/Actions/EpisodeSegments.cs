using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// An episode's level schedule: each warned day carries the level its own triggers or the regional floor
/// give it; a clean gap day inside the episode carries the lower of its two warned neighbours' levels
/// (the earlier one on a tie), and a short dip between two higher days carries the lower of them
/// (<see cref="Bridge"/>). Maximal runs of days at one level (and one advisory-only standing) are the
/// segments; each becomes an <see cref="Episode"/> fact of its own.
/// </summary>
internal static class EpisodeSegments
{
    public static IReadOnlyList<Episode> Of(SessionRun run, string district, ForecastDay[] days, DayStanding[] standings)
    {
        var carried = Carried(standings);
        Bridge(carried, run.Plan.Model.Episodes.LiftAfterHours);
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

    /// <summary>
    /// A short dip — a run of days each below both days around it, shorter than the lift period, like the clean gaps
    /// that merge episodes — carries the lower of the two levels around it (the earlier one on a tie): a yellow or
    /// ozone day between two red days is as much part of the red episode as a clean day there, so it never carries
    /// less than that clean day would. Repeated until no dip is left (an inner dip first raises to its own rim).
    /// Only days between two production-warning days are raised; a longer dip keeps its own levels.
    /// </summary>
    private static void Bridge(DayStanding[] carried, int liftAfterHours)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 1; i < carried.Length; i++)
            {
                var left = carried[i - 1];
                if (!Rim(left) || !Below(carried[i], left)) continue;
                var j = i;
                while (j < carried.Length && Below(carried[j], left)) j++;
                if (j == carried.Length || !Rim(carried[j])) continue;
                var rim = carried[j].Rank < left.Rank ? carried[j] : left;
                if ((j - i) * 24 >= liftAfterHours) continue;
                var run = i;
                while (run < j && Below(carried[run], rim)) run++;
                if (run < j) continue;
                for (var k = i; k < j; k++) carried[k] = rim;
                changed = true;
            }
        }
    }

    /// <summary>A day that can hold a dip up: a production-warning day.</summary>
    private static bool Rim(DayStanding day) => day.Warned && !day.Advisory;

    /// <summary>A day below a rim: a lower level, or an advisory-only day at the rim's level or lower.</summary>
    private static bool Below(DayStanding day, DayStanding rim) => day.Rank < rim.Rank || day.Advisory && day.Rank <= rim.Rank;

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
