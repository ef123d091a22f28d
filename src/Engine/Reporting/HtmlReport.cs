using System.Globalization;
using System.Net;
using System.Text;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Engine.Reporting;

/// <summary>report.html: one self-contained page (inline CSS and SVG): tile map by level, AQI charts with thresholds, measure counts.</summary>
public static class HtmlReport
{
    private static readonly Dictionary<string, string> Colours = new()
    {
        ["yellow"] = "#f2c200", ["orange"] = "#f07800", ["red"] = "#d7191c", ["blue"] = "#2b83ba",
        ["stage1"] = "#f2c200", ["stage2"] = "#f07800", ["stage3"] = "#d7191c", ["stage4"] = "#7b0c85",
    };

    public static string Render(RuleModel model, Forecast forecast, DecisionSet decisions)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(model.Header.Name)).Append(" — 预警决策报告</title><style>")
            .Append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px;color:#222}h1{font-size:20px}h2{font-size:16px;margin-top:28px}")
            .Append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px}th{background:#f4f4f4}.charts{display:flex;flex-wrap:wrap;gap:12px}")
            .Append(".chart{border:1px solid #ddd;padding:4px}.legend span{display:inline-block;padding:2px 8px;margin-right:6px;font-size:12px}</style></head><body>\n");
        html.Append("<h1>").Append(E(model.Header.Name)).Append("</h1><p>版本 ").Append(E(model.Header.Version)).Append(" · 预报发布 ")
            .Append(forecast.IssuedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)).Append(" · 预警区县 ").Append(decisions.Warnings.Select(w => w.District).Distinct().Count())
            .Append(" / ").Append(model.Districts.Count).Append("</p>\n");
        Map(html, model, decisions);
        Charts(html, model, forecast, decisions);
        Counts(html, model, decisions);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Map(StringBuilder html, RuleModel model, DecisionSet decisions)
    {
        var level = decisions.Warnings.GroupBy(w => w.District).ToDictionary(g => g.Key, g => g.OrderByDescending(w => model.Levels.First(l => l.Id == w.Level).Rank).First().Level);
        var tiles = TileMap.Layout(model.Districts);
        var width = (tiles.Max(t => t.X) + 1) * 92 + 10;
        var height = (tiles.Max(t => t.Y) + 1) * 52 + 10;
        html.Append("<h2>区县预警等级</h2><div class=\"legend\">");
        foreach (var l in model.Levels.Where(l => !l.AdvisoryOnly)) html.Append("<span style=\"background:").Append(Colour(l.Id)).Append("\">").Append(E(l.Name)).Append("</span>");
        html.Append("</div><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(width).Append("\" height=\"").Append(height).Append("\">");
        foreach (var (district, x, y) in tiles)
        {
            var fill = level.TryGetValue(district, out var l) ? Colour(l) : "#e8f3e8";
            html.Append("<g><title>").Append(E(district)).Append(level.ContainsKey(district) ? " " + E(Terms.Level(l!, model.Levels)) : "").Append("</title><rect x=\"").Append(5 + x * 92).Append("\" y=\"").Append(5 + y * 52)
                .Append("\" width=\"88\" height=\"48\" rx=\"4\" fill=\"").Append(fill).Append("\" stroke=\"#888\"/><text x=\"").Append(49 + x * 92).Append("\" y=\"").Append(34 + y * 52)
                .Append("\" font-size=\"12\" text-anchor=\"middle\">").Append(E(district)).Append("</text></g>");
        }
        html.Append("</svg>\n");
    }

    private static void Charts(StringBuilder html, RuleModel model, Forecast forecast, DecisionSet decisions)
    {
        var thresholds = model.Levels.Where(l => l.Trigger is not null).SelectMany(l => AqiThresholds(l.Trigger!)).Distinct().Order().ToList();
        html.Append("<h2>预警区县 AQI 预报</h2><div class=\"charts\">");
        foreach (var district in decisions.Warnings.Select(w => w.District).Distinct())
        {
            var days = forecast.Days.Where(d => d.District == district).OrderBy(d => d.Date).ToList();
            html.Append("<div class=\"chart\"><div>").Append(E(district)).Append("</div><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"260\" height=\"150\">");
            double Y(double aqi) => 130 - aqi / 500 * 120;
            foreach (var t in thresholds)
                html.Append("<line x1=\"30\" x2=\"255\" y1=\"").Append(F(Y(t))).Append("\" y2=\"").Append(F(Y(t))).Append("\" stroke=\"#999\" stroke-dasharray=\"4 3\"/><text x=\"2\" y=\"")
                    .Append(F(Y(t) + 4)).Append("\" font-size=\"10\">").Append(F(t)).Append("</text>");
            for (var i = 0; i < days.Count; i++)
            {
                var level = decisions.Warnings.FirstOrDefault(w => w.District == district && w.Start <= days[i].Date && w.End >= days[i].Date)?.Level;
                var x = 34 + i * (220 / Math.Max(days.Count, 1));
                html.Append("<rect x=\"").Append(x).Append("\" y=\"").Append(F(Y(days[i].Aqi))).Append("\" width=\"22\" height=\"").Append(F(130 - Y(days[i].Aqi)))
                    .Append("\" fill=\"").Append(level is null ? "#8fb98f" : Colour(level)).Append("\"><title>").Append(days[i].Date.ToString("MM-dd", CultureInfo.InvariantCulture))
                    .Append(" AQI ").Append(days[i].Aqi).Append("</title></rect><text x=\"").Append(x).Append("\" y=\"145\" font-size=\"9\">")
                    .Append(days[i].Date.ToString("MM-dd", CultureInfo.InvariantCulture)).Append("</text>");
            }
            html.Append("</svg></div>");
        }
        html.Append("</div>\n");
    }

    private static void Counts(StringBuilder html, RuleModel model, DecisionSet decisions)
    {
        html.Append("<h2>措施统计</h2><table><tr><th>对象</th><th>类别</th><th>措施</th><th>数量</th></tr>");
        foreach (var g in decisions.Measures.GroupBy(m => (m.TargetKind, m.Category, m.Kind)).OrderBy(g => g.Key.TargetKind, StringComparer.Ordinal).ThenBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
            html.Append("<tr><td>").Append(Terms.TargetKind(g.Key.TargetKind)).Append("</td><td>").Append(Terms.Category(g.Key.Category)).Append("</td><td>").Append(Terms.Kind(g.Key.Kind)).Append("</td><td>").Append(g.Count()).Append("</td></tr>");
        html.Append("</table>\n<h2>减排核算（未达标以红色标出）</h2><table><tr><th>区县</th><th>等级</th><th>污染物</th><th>基准（吨/年）</th><th>削减（吨/年）</th><th>比例</th><th>要求</th></tr>");
        foreach (var r in decisions.Reductions)
            html.Append("<tr").Append(r.Met ? "" : " style=\"color:#c00\"").Append("><td>").Append(E(r.District)).Append("</td><td>").Append(Terms.Level(r.Level, model.Levels)).Append("</td><td>").Append(Terms.Pollutant(r.Pollutant))
                .Append("</td><td>").Append(F(r.BaselineT)).Append("</td><td>").Append(F(r.CutT)).Append("</td><td>").Append(r.Ratio.ToString("P1", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(r.Required.ToString("P0", CultureInfo.InvariantCulture)).Append("</td></tr>");
        html.Append("</table>\n");
    }

    private static IEnumerable<double> AqiThresholds(Trigger trigger) => trigger switch
    {
        WindowTrigger w => Comparisons(w.Each).Concat(w.Some is null ? [] : Comparisons(w.Some)),
        AnyTrigger a => a.Parts.SelectMany(AqiThresholds),
        AllTrigger a => a.Parts.SelectMany(AqiThresholds),
        _ => [],
    };

    private static IEnumerable<double> Comparisons(Condition c) => c switch
    {
        Comparison { Field: "aqi" } cmp => [cmp.Value],
        AndCondition a => a.Parts.SelectMany(Comparisons),
        OrCondition o => o.Parts.SelectMany(Comparisons),
        _ => [],
    };

    private static string Colour(string level) => Colours.GetValueOrDefault(level, "#999");
    private static string E(string s) => WebUtility.HtmlEncode(s);
    private static string F(double v) => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture);
}
