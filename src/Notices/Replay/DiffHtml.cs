using System.Globalization;
using System.Net;
using System.Text;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Notices.Replay;

/// <summary>`dss diff --html`: the impact of a ruleset revision, for the bureau, in Chinese.</summary>
internal static class DiffHtml
{
    public static string Render(RuleModel model, SeasonDiff diff, int forecasts)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>预案修订影响评估</title>\n")
            .Append("<style>body{font-family:'Noto Sans CJK SC',sans-serif;margin:2em;}table{border-collapse:collapse;margin:1em 0;}")
            .Append("td,th{border:1px solid #999;padding:.2em .6em;text-align:left;}th{background:#eee;}</style></head><body>\n")
            .Append("<h1>预案修订影响评估</h1>\n<p>以同一组").Append(forecasts).Append("期预报分别按修订前、修订后的预案回放，仅列出有变化的内容。</p>\n");
        return Sections(sb, model, diff).Append("</body></html>\n").ToString();
    }

    /// <summary>The report's sections (level changes, enterprises, notices, cut), also shown on the console's ruleset impact page.</summary>
    public static StringBuilder Sections(StringBuilder sb, RuleModel model, SeasonDiff diff)
    {
        string L(string? level) => level is null ? "无预警" : Terms.Level(level, model.Levels);
        sb.Append("<h2>预警级别变化</h2>\n");
        if (diff.Levels.Count == 0) sb.Append("<p>各区县逐日预警级别均无变化。</p>\n");
        else
        {
            sb.Append("<table><tr><th>区县</th><th>日期</th><th>修订前</th><th>修订后</th></tr>\n");
            foreach (var c in diff.Levels)
                sb.Append("<tr><td>").Append(E(c.District)).Append("</td><td>").Append(ChineseTime.Date(c.Date)).Append("</td><td>").Append(E(L(c.Old)))
                    .Append("</td><td>").Append(E(L(c.New))).Append("</td></tr>\n");
            sb.Append("</table>\n");
        }
        sb.Append("<h2>企业停限产变化（按行业、绩效分级）</h2>\n");
        if (diff.Enterprises.Count == 0) sb.Append("<p>各企业停限产天数与减排量均无变化。</p>\n");
        else
        {
            sb.Append("<table><tr><th>行业</th><th>绩效分级</th><th>企业数</th><th>停产天数增减</th><th>限产天数增减</th><th>减排量增减（吨）</th></tr>\n");
            foreach (var g in diff.Enterprises.GroupBy(e => (e.Industry, e.Grade)).OrderBy(g => g.Key.Industry, StringComparer.Ordinal).ThenBy(g => g.Key.Grade, StringComparer.Ordinal))
                sb.Append("<tr><td>").Append(E(Terms.Industry(g.Key.Industry))).Append("</td><td>").Append(E(TimelineWords.Grade(g.Key.Grade))).Append("</td><td>")
                    .Append(g.Count()).Append("</td><td>").Append(S(g.Sum(e => e.NewStop - e.OldStop))).Append("</td><td>").Append(S(g.Sum(e => e.NewLimit - e.OldLimit)))
                    .Append("</td><td>").Append(E(string.Join("，", SeasonTally.Pollutants.Select((p, i) =>
                        TimelineWords.Pollutant(p) + S(g.Sum(e => e.NewCut[i] - e.OldCut[i]))))))
                    .Append("</td></tr>\n");
            sb.Append("</table>\n<table><tr><th>企业</th><th>区县</th><th>停产天数</th><th>限产天数</th><th>变化的通知</th></tr>\n");
            foreach (var e in diff.Enterprises)
                sb.Append("<tr><td>").Append(E(e.Name)).Append("</td><td>").Append(E(e.District)).Append("</td><td>").Append(e.OldStop).Append("→").Append(e.NewStop)
                    .Append("</td><td>").Append(e.OldLimit).Append("→").Append(e.NewLimit).Append("</td><td>").Append(e.NoticesChanged).Append("份</td></tr>\n");
            sb.Append("</table>\n");
        }
        sb.Append("<h2>通知变化</h2>\n<p>").Append(diff.Notices.Count == 0 ? "各期通知均无变化。" : string.Join("；", diff.Notices
            .GroupBy(n => (n.TargetKind, n.Event, Side: n.Old is null ? "新增" : n.New is null ? "不再发送" : "内容变化"))
            .OrderBy(g => g.Key.TargetKind, StringComparer.Ordinal).ThenBy(g => g.Key.Event, StringComparer.Ordinal).ThenBy(g => g.Key.Side, StringComparer.Ordinal)
            .Select(g => $"{TimelineWords.Recipient(g.Key.TargetKind)}{Terms.Event(g.Key.Event)}通知{g.Key.Side}{g.Count()}份"))).Append("</p>\n");
        sb.Append("<h2>减排量（吨）</h2>\n<table><tr><th>污染物</th><th>修订前</th><th>修订后</th><th>增减</th></tr>\n");
        for (var i = 0; i < SeasonTally.Pollutants.Length; i++)
            sb.Append("<tr><td>").Append(TimelineWords.Pollutant(SeasonTally.Pollutants[i])).Append("</td><td>").Append(N(diff.OldCut[i])).Append("</td><td>")
                .Append(N(diff.NewCut[i])).Append("</td><td>").Append(S(diff.NewCut[i] - diff.OldCut[i])).Append("</td></tr>\n");
        return sb.Append("</table>\n");
    }

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    private static string S(double v) => (v >= 0 ? "+" : "") + N(v);
    private static string E(string s) => WebUtility.HtmlEncode(s);
}
