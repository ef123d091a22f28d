using System.Globalization;
using System.Text;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;
using NRules.RuleModel;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of the `episodes` rule: day levels (raised to regional floors) become episodes: runs of
/// warned days, merged across clean gaps shorter than the lift period, at the highest level reached.
/// Inserts each episode (and the district's list of them) as facts; emits the warning decisions.
/// </summary>
internal static class EpisodeAction
{
    public static void Fire(IContext ctx, SessionRun run, DistrictLevels levels, RegionalFloors floors)
    {
        var plan = run.Plan;
        var days = levels.Series.Days;
        var ranks = (int[])levels.Ranks.Clone();
        var floorRegion = new string?[days.Length];
        foreach (var regional in floors.Levels)
            for (var i = 0; i < days.Length; i++)
                if (regional.Ranks.TryGetValue(days[i].Date, out var floor) && floor > ranks[i])
                {
                    ranks[i] = floor;
                    floorRegion[i] = regional.Region;
                }

        var warned = new bool[days.Length];
        for (var i = 0; i < days.Length; i++) warned[i] = ranks[i] > 0 && !plan.LevelsByRank[ranks[i]]!.AdvisoryOnly;
        AdvisoryTier(levels.District, days, ranks, warned, run);

        var gapLimit = plan.Model.Episodes.LiftAfterHours;
        var i0 = 0;
        while (i0 < days.Length)
        {
            if (!warned[i0]) { i0++; continue; }
            var end = i0;
            for (var j = i0 + 1; j < days.Length; j++)
            {
                if (!warned[j]) continue;
                var gapDays = days[j].Date.DayNumber - days[end].Date.DayNumber - 1;
                if (gapDays * 24 >= gapLimit) break;
                end = j;
            }
            Emit(ctx, run, levels.District, days[i0..(end + 1)], ranks[i0..(end + 1)], warned[i0..(end + 1)], floorRegion[i0..(end + 1)]);
            i0 = end + 1;
        }
        ctx.Insert(new DistrictEpisodes(levels.District, [.. run.SinkOf(levels.District).Episodes]));
    }

    private static void Emit(IContext ctx, SessionRun run, string district, ForecastDay[] days, int[] ranks, bool[] warned, string?[] regions)
    {
        var plan = run.Plan;
        var rank = ranks.Max();
        var level = plan.LevelsByRank[rank]!;
        var warnedDays = days.Where((_, i) => warned[i]).ToArray();
        var pollutant = warnedDays.GroupBy(d => d.PrimaryPollutant)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Date).First().Key;
        var advisoryOnly = plan.AdvisoryOnlyPollutants.Contains(pollutant);
        var region = regions.Where((r, i) => r is not null && ranks[i] == rank).FirstOrDefault()
                     ?? regions.FirstOrDefault(r => r is not null);
        var startsAt = plan.At(days[0].Date, plan.Model.Episodes.StartTime);
        var because = Because(district, level.Name, plan.Triggers[rank]?.Text, warnedDays, region, advisoryOnly, pollutant);
        var episode = new Episode
        {
            District = district, Rank = rank, Level = level.Id, Start = days[0].Date, End = days[^1].Date,
            StartsAt = startsAt, EndsAt = plan.At(days[^1].Date.AddDays(1), plan.Model.Episodes.StartTime),
            Days = days, Pollutant = pollutant, AdvisoryOnly = advisoryOnly, Region = region,
            Rule = $"level:{level.Id}", Because = because,
        };
        var issueBy = startsAt.AddHours(-plan.Model.Episodes.LeadTimeHours);
        var sink = run.SinkOf(district);
        sink.Episodes.Add(episode);
        ctx.Insert(episode);
        sink.Warnings.Add(new WarningDecision
        {
            District = district, Level = level.Id, Start = episode.Start, End = episode.End, Pollutant = pollutant,
            Rule = episode.Rule, Because = because,
            IssueBy = issueBy < run.Now ? run.Now.ToOffset(startsAt.Offset) : issueBy,
            Approver = plan.Model.Approvals.FirstOrDefault(a => a.Levels.Contains(level.Id))?.Approver,
            AdvisoryOnly = advisoryOnly, Region = region,
            Days = warnedDays.Select(d => new TriggerDay(d.Date, d.Aqi, d.PrimaryPollutant)).ToList(),
        });
    }

    private static string Because(string district, string levelName, string? trigger, ForecastDay[] days, string? region, bool advisoryOnly, string pollutant)
    {
        var sb = new StringBuilder();
        sb.Append(district).Append("预报 AQI：");
        sb.AppendJoin("、", days.Select(d => $"{d.Date:M月d日} {d.Aqi.ToString(CultureInfo.InvariantCulture)}（{d.PrimaryPollutant}）"));
        sb.Append("；").Append(levelName);
        if (trigger is not null) sb.Append("条件：").Append(trigger);
        if (region is not null) sb.Append("；按").Append(region).Append("区域预警提级");
        if (advisoryOnly) sb.Append("；首要污染物为 ").Append(pollutant).Append("，仅发布健康提示，不采取减产措施");
        return sb.ToString();
    }

    /// <summary>Advisory-only tiers (e.g. 一般污染天气) on days without a warning: an advisory, never measures.</summary>
    private static void AdvisoryTier(string district, ForecastDay[] days, int[] ranks, bool[] warned, SessionRun run)
    {
        var plan = run.Plan;
        for (var i = 0; i < days.Length; i++)
        {
            if (warned[i] || ranks[i] == 0) continue;
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
