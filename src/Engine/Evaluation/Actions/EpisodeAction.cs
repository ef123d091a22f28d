using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;
using NRules.RuleModel;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of the `episodes` rule: day levels (raised to regional floors) become episodes: runs of
/// warned days, merged across clean gaps shorter than the lift period. An episode keeps a level
/// schedule (<see cref="EpisodeSegments"/>): each of its level segments is inserted as an
/// <see cref="Episode"/> fact, so measures follow the schedule; the warning decision reports the episode
/// (with its schedule when the level changes inside it).
/// </summary>
internal static class EpisodeAction
{
    public static void Fire(IContext ctx, SessionRun run, DistrictLevels levels, RegionalFloors floors)
    {
        var plan = run.Plan;
        var days = levels.Series.Days;
        var standings = DayStanding.Of(plan, levels, floors);
        AdvisoryTier(levels.District, days, levels.Ranks, standings, run);

        var gapLimit = plan.Model.Episodes.LiftAfterHours;
        var i0 = 0;
        while (i0 < days.Length)
        {
            if (!standings[i0].Warned) { i0++; continue; }
            var end = i0;
            for (var j = i0 + 1; j < days.Length; j++)
            {
                if (!standings[j].Warned) continue;
                var gapDays = days[j].Date.DayNumber - days[end].Date.DayNumber - 1;
                if (gapDays * 24 >= gapLimit) break;
                end = j;
            }
            Emit(ctx, run, levels.District, days[i0..(end + 1)], standings[i0..(end + 1)]);
            i0 = end + 1;
        }
        ctx.Insert(new DistrictEpisodes(levels.District, [.. run.SinkOf(levels.District).Episodes]));
    }

    private static void Emit(IContext ctx, SessionRun run, string district, ForecastDay[] days, DayStanding[] standings)
    {
        var plan = run.Plan;
        var segments = EpisodeSegments.Of(run, district, days, standings);
        var sink = run.SinkOf(district);
        foreach (var segment in segments)
        {
            sink.Episodes.Add(segment);
            ctx.Insert(segment);
        }
        // The warning's level is the highest it warns at: an advisory-only segment (ozone) heads it only when all are.
        var warning = segments.Any(s => !s.AdvisoryOnly) ? segments.Where(s => !s.AdvisoryOnly).ToList() : segments;
        var top = warning.First(s => s.Rank == warning.Max(x => x.Rank));
        var warned = Enumerable.Range(0, days.Length).Where(i => standings[i].Warned).ToList();
        var pollutant = warned.GroupBy(i => standings[i].Pollutant)
            .OrderByDescending(g => g.Count()).ThenBy(g => days[g.First()].Date).First().Key;
        sink.Warnings.Add(new WarningDecision
        {
            District = district, Level = top.Level, Start = days[0].Date, End = days[^1].Date, Pollutant = pollutant,
            Rule = top.Rule, Because = segments.Count == 1 ? top.Because : EpisodeWording.Schedule(segments, plan.Model.Levels),
            IssueBy = IssueBy(run, segments[0]),
            Approver = plan.Model.Approvals.FirstOrDefault(a => a.Levels.Contains(top.Level))?.Approver,
            AdvisoryOnly = segments.All(s => s.AdvisoryOnly), Region = top.Region ?? segments.FirstOrDefault(s => s.Region is not null)?.Region,
            Days = warned.Select(i => new TriggerDay(days[i].Date, days[i].Aqi, days[i].PrimaryPollutant)).ToList(),
            Schedule = segments.Count == 1 ? null : segments.Select(s => new WarningSegment
            {
                Level = s.Level, Start = s.Start, End = s.End, Rule = s.Rule, Because = s.Because,
                IssueBy = IssueBy(run, s), AdvisoryOnly = s.AdvisoryOnly, Region = s.Region,
            }).ToList(),
        });
    }

    /// <summary>When the notice of a segment must go out: its start − lead time, but not before now.</summary>
    private static DateTimeOffset IssueBy(SessionRun run, Episode segment)
    {
        var issueBy = segment.StartsAt.AddHours(-run.Plan.Model.Episodes.LeadTimeHours);
        return issueBy < run.Now ? run.Now.ToOffset(segment.StartsAt.Offset) : issueBy;
    }

    /// <summary>Advisory-only tiers (e.g. 一般污染天气) on days without a warning: an advisory, never measures.</summary>
    private static void AdvisoryTier(string district, ForecastDay[] days, int[] ranks, DayStanding[] standings, SessionRun run)
    {
        var plan = run.Plan;
        for (var i = 0; i < days.Length; i++)
        {
            if (standings[i].Warned || ranks[i] == 0) continue;
            var level = plan.LevelsByRank[ranks[i]]!;
            run.SinkOf(district).Advisories.Add(new AdvisoryDecision
            {
                District = district, Kind = "sub-warning", Level = level.Id, Rule = $"level:{level.Id}",
                Start = plan.At(days[i].Date, TimeOnly.MinValue), End = plan.At(days[i].Date.AddDays(1), TimeOnly.MinValue),
                Text = $"{level.Name}: AQI {days[i].Aqi} on {days[i].Date:yyyy-MM-dd}",
            });
        }
    }
}
