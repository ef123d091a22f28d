using System.Globalization;
using System.Net;
using System.Text;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Notices.Replay;

/// <summary><c>timeline.html</c>: the replayed season for a duty desk, in Chinese — totals, per district the steps in time order, by industry and grade.</summary>
internal static class TimelineHtml
{
    public static string Render(RuleModel model, ReplayTimeline timeline)
    {
        var t = timeline.Tally;
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>重污染天气预警过程回放</title>\n")
            .Append("<style>body{font-family:'Noto Sans CJK SC',sans-serif;margin:2em;}table{border-collapse:collapse;margin:1em 0;}")
            .Append("td,th{border:1px solid #999;padding:.2em .6em;text-align:left;}th{background:#eee;}h2{margin-top:2em;}</style></head><body>\n")
            .Append("<h1>重污染天气预警过程回放</h1>\n<p>共回放预报").Append(timeline.Issues.Count).Append("期");
        if (timeline.Issues.Count > 0)
            sb.Append("（").Append(ChineseTime.Instant(timeline.Issues[0].At)).Append("至").Append(ChineseTime.Instant(timeline.Issues[^1].At)).Append("发布）");
        if (t.First is { } first && t.Last is { } last) sb.Append("，统计期为").Append(ChineseTime.Date(first)).Append("至").Append(ChineseTime.Date(last));
        sb.Append("。每日的预警与停限产以该日零时前最后一期预报为准；各期预警经审批后即时发布。</p>\n");

        sb.Append("<h2>减排量合计（吨）</h2>\n<table><tr>");
        foreach (var p in SeasonTally.Pollutants) sb.Append("<th>").Append(TimelineWords.Pollutant(p)).Append("</th>");
        sb.Append("</tr><tr>");
        foreach (var c in t.Cut) sb.Append("<td>").Append(N(c)).Append("</td>");
        sb.Append("</tr></table>\n");

        sb.Append("<h2>各区县汇总</h2>\n<table><tr><th>区县</th><th>预警天数</th><th>停产（企业·天）</th><th>限产（企业·天）</th><th>减排量（吨）</th></tr>\n");
        foreach (var d in t.Districts)
            sb.Append("<tr><td>").Append(E(d.District)).Append("</td><td>")
                .Append(E(string.Join("，", d.WarningDays.Select(x => $"{Terms.Level(x.Key, model.Levels)}{x.Value}天")))).Append("</td><td>")
                .Append(d.StopDays).Append("</td><td>").Append(d.LimitDays).Append("</td><td>").Append(E(Cut(d.Cut))).Append("</td></tr>\n");
        sb.Append("</table>\n");

        sb.Append("<h2>分行业、分级停限产</h2>\n<table><tr><th>行业</th><th>绩效分级</th><th>企业数</th><th>停产（企业·天）</th><th>限产（企业·天）</th></tr>\n");
        foreach (var g in IndustryTally.Of(t.Enterprises))
            sb.Append("<tr><td>").Append(E(Terms.Industry(g.Industry))).Append("</td><td>").Append(E(TimelineWords.Grade(g.Grade))).Append("</td><td>")
                .Append(g.Enterprises).Append("</td><td>").Append(g.StopDays).Append("</td><td>").Append(g.LimitDays).Append("</td></tr>\n");
        sb.Append("</table>\n");

        sb.Append("<h2>各区县预警过程</h2>\n");
        foreach (var district in timeline.Steps.GroupBy(s => s.District).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append("<h3>").Append(E(district.Key)).Append("</h3>\n<table><tr><th>时间</th><th>变化</th><th>预警级别</th><th>预警时段</th><th>状态</th><th>通知</th></tr>\n");
            foreach (var s in district)
                sb.Append("<tr><td>").Append(E(ChineseTime.Instant(s.At))).Append("</td><td>").Append(TimelineWords.Change(s.Change)).Append("</td><td>")
                    .Append(s.Level is null ? "—" : E(Terms.Level(s.Level, model.Levels))).Append("</td><td>")
                    .Append(s.Start is { } a && s.End is { } b ? E($"{ChineseTime.Date(a)}至{ChineseTime.Date(b)}") : "—").Append("</td><td>")
                    .Append(TimelineWords.State(s.State)).Append("</td><td>").Append(E(Notices(s.Notices))).Append("</td></tr>\n");
            sb.Append("</table>\n");
        }
        return sb.Append("</body></html>\n").ToString();
    }

    private static string Notices(IReadOnlyList<TimelineNotice> notices) =>
        notices.Count == 0 ? "—" : string.Join("；", notices.GroupBy(n => (n.TargetKind, n.Event, n.Status))
            .Select(g => $"{TimelineWords.Recipient(g.Key.TargetKind)}{Terms.Event(g.Key.Event)}通知{g.Count()}份（{TimelineWords.Status(g.Key.Status)}）"));

    private static string Cut(double[] cut) =>
        string.Join("，", SeasonTally.Pollutants.Select((p, i) => $"{TimelineWords.Pollutant(p)}{N(cut[i])}"));

    private static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
    private static string E(string s) => WebUtility.HtmlEncode(s);
}
