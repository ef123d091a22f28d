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
        var own = days.Where((_, i) => standings[i].Warned && standings[i].Region is null).ToArray();
        var raised = Enumerable.Range(0, days.Length).Where(i => standings[i].Region is not null).ToArray();
        var sb = new StringBuilder();
        if (own.Length > 0)
        {
            sb.Append(district).Append("预报 AQI：").AppendJoin("、", own.Select(Day)).Append('；').Append(level.Name);
            if (plan.Triggers[plan.Ranks[level.Id]]?.Text is { } trigger) sb.Append("条件：").Append(trigger);
        }
        if (raised.Length > 0)
        {
            if (sb.Length > 0) sb.Append('；');
            sb.Append(district).Append(own.Length > 0 ? "另" : "").AppendJoin("、", raised.Select(i => Wording.Terms.Date(days[i].Date)))
                .Append("按").Append(Region(plan, raised.Select(i => (days[i].Date, standings[i].Region!)).ToList())).Append("执行")
                .Append(level.Name).Append("（本区县当日预报 AQI：").AppendJoin("、", raised.Select(i => Day(days[i]))).Append('）');
        }
        if (advisory) sb.Append("；首要污染物为 ").Append(pollutant).Append("，仅发布健康提示，不采取减产措施");
        return sb.ToString();
    }

    /// <summary>A warning whose level changes: its segments in order, each with its dates, level and reason.</summary>
    public static string Schedule(IReadOnlyList<Episode> segments, IReadOnlyList<LevelModel> levels) =>
        "预警等级分段执行：" + string.Join("。", segments.Select(s =>
            $"{Wording.Terms.Date(s.Start)}至{Wording.Terms.Date(s.End)}执行{Wording.Terms.Level(s.Level, levels)}，{s.Because}"));

    /// <summary>「主城都市区区域橙色预警（12月4日渝中区、江北区、南岸区达到橙色预警及以上，区域规则至少需3个区县）」.</summary>
    private static string Region(PlanContext plan, List<(DateOnly Date, RegionalLevel Level)> days)
    {
        var sb = new StringBuilder();
        foreach (var region in days.GroupBy(d => d.Level.Region, StringComparer.Ordinal))
        {
            if (sb.Length > 0) sb.Append('、');
            var first = region.First().Level;
            var colour = Wording.Terms.Colour(plan.LevelId(region.Max(d => d.Level.Ranks[d.Date])), plan.Model.Levels);
            sb.Append(region.Key).Append("区域").Append(colour).Append("预警（");
            sb.AppendJoin("；", region.Select(d => $"{Wording.Terms.Date(d.Date)}{string.Join("、", d.Level.Members[d.Date])}达到" +
                $"{Wording.Terms.Colour(plan.LevelId(d.Level.Ranks[d.Date]), plan.Model.Levels)}预警及以上"));
            sb.Append("，区域规则至少需").Append(first.MinDistricts).Append("个区县）");
        }
        return sb.ToString();
    }

    private static string Day(ForecastDay d) => $"{d.Date:M月d日} {d.Aqi.ToString(CultureInfo.InvariantCulture)}（{d.PrimaryPollutant}）";
}
