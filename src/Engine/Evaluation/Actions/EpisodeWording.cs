using System.Globalization;
using System.Text;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The `because` of a segment and of a scheduled warning. Days the district's own triggers warn cite
/// its forecast and the level's condition; days a regional warning warns cite the region, the dates and
/// the member districts that raised it, never the district's own forecast as meeting a condition.
/// </summary>
internal static class EpisodeWording
{
    public static string Segment(PlanContext plan, string district, LevelModel level, ForecastDay[] days, DayStanding[] standings, bool advisory, string pollutant)
    {
        // A day below the segment's level that a short dip carries up to it (EpisodeSegments.Bridge).
        var rank = plan.Ranks[level.Id];
        bool Bridged(int i) => standings[i].Warned && (standings[i].Rank < rank || standings[i].Advisory && !advisory);
        var own = days.Where((_, i) => standings[i].Warned && standings[i].Region is null && !Bridged(i)).ToArray();
        var raised = Enumerable.Range(0, days.Length).Where(i => standings[i].Region is not null && !Bridged(i)).ToArray();
        var bridged = Enumerable.Range(0, days.Length).Where(Bridged).ToArray();
        var sb = new StringBuilder();
        if (own.Length > 0)
        {
            sb.Append(district).Append("预报 AQI：").AppendJoin("、", own.Select(Day)).Append('；').Append(level.Name);
            if (plan.Triggers[plan.Ranks[level.Id]]?.Text is { } trigger) sb.Append("条件：").Append(trigger);
        }
        if (raised.Length > 0)
        {
            if (sb.Length > 0) sb.Append('；');
            sb.Append(district).Append(own.Length > 0 ? "另于" : "").Append(Ranges(raised.Select(i => days[i].Date).ToList())).Append("按").Append(Region(plan, raised.Select(i => (days[i].Date, standings[i].Region!)).ToList())).Append("执行")
                .Append(level.Name).Append("（本区县当日预报 AQI：").AppendJoin("、", raised.Select(i => Day(days[i]))).Append('）');
        }
        if (bridged.Length > 0)
        {
            if (sb.Length > 0) sb.Append('；');
            sb.Append(district).Append("预报 AQI：").AppendJoin("、", bridged.Select(i => Day(days[i])))
                .Append("，低于").Append(level.Name).Append("条件，但处于前后两段").Append(level.Name).Append("之间且间隔短于解除所需时长，按")
                .Append(level.Name).Append("连续执行");
        }
        if (advisory) sb.Append("；首要污染物为 ").Append(pollutant).Append("，仅发布健康提示，不采取减产措施");
        return sb.ToString();
    }

    /// <summary>A warning whose level changes: its segments in order, each with its dates, level and reason.</summary>
    public static string Schedule(IReadOnlyList<Episode> segments, IReadOnlyList<LevelModel> levels) =>
        "预警等级分段执行：" + string.Join("。", segments.Select(s => $"{Dates(s.Start, s.End)}执行{Wording.Terms.Level(s.Level, levels)}，{s.Because}"));

    /// <summary>
    /// 「主城都市区区域橙色预警（2024年12月4日至2024年12月5日渝中区、江北区、南岸区达到橙色预警及以上，区域规则至少需3个区县）」:
    /// per region, each run of consecutive dates with the same level and the same member districts.
    /// </summary>
    private static string Region(PlanContext plan, List<(DateOnly Date, RegionalLevel Level)> days)
    {
        var sb = new StringBuilder();
        foreach (var region in days.GroupBy(d => d.Level.Region, StringComparer.Ordinal))
        {
            if (sb.Length > 0) sb.Append('、');
            var level = region.First().Level;
            sb.Append(region.Key).Append("区域").Append(Wording.Terms.Colour(plan.LevelId(region.Max(d => level.Ranks[d.Date])), plan.Model.Levels)).Append("预警（");
            var runs = new List<(DateOnly From, DateOnly To, int Rank, string Members)>();
            foreach (var (date, _) in region)
            {
                var members = string.Join("、", level.Members[date]);
                var rank = level.Ranks[date];
                if (runs.Count > 0 && runs[^1].To.DayNumber + 1 == date.DayNumber && runs[^1].Rank == rank && runs[^1].Members == members)
                    runs[^1] = runs[^1] with { To = date };
                else runs.Add((date, date, rank, members));
            }
            sb.AppendJoin("；", runs.Select(r => $"{Dates(r.From, r.To)}{r.Members}达到{Wording.Terms.Colour(plan.LevelId(r.Rank), plan.Model.Levels)}预警及以上"));
            sb.Append("，区域规则至少需").Append(level.MinDistricts).Append("个区县）");
        }
        return sb.ToString();
    }

    /// <summary>Dates in order, consecutive ones as a range: 「2024年12月4日至2024年12月5日、2024年12月7日」.</summary>
    private static string Ranges(List<DateOnly> dates)
    {
        var parts = new List<string>();
        for (int i = 0, j; i < dates.Count; i = j)
        {
            for (j = i + 1; j < dates.Count && dates[j].DayNumber == dates[j - 1].DayNumber + 1; j++) { }
            parts.Add(Dates(dates[i], dates[j - 1]));
        }
        return string.Join("、", parts);
    }

    private static string Dates(DateOnly from, DateOnly to) =>
        from == to ? Wording.Terms.Date(from) : $"{Wording.Terms.Date(from)}至{Wording.Terms.Date(to)}";

    private static string Day(ForecastDay d) => $"{d.Date:M月d日} {d.Aqi.ToString(CultureInfo.InvariantCulture)}（{d.PrimaryPollutant}）";
}
