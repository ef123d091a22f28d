using System.Globalization;
using System.Net;
using System.Text;

namespace EmergencyDSS.Web.Review;

/// <summary>
/// The post-mortem as one self-contained HTML document (A4, inline SVG charts, no external files), the same
/// bytes served as a page and printed to PDF. All text is Chinese administrative language.
/// </summary>
internal static class PostMortemHtml
{
    public static string Render(PostMortem p)
    {
        var h = new StringBuilder();
        string E(string s) => WebUtility.HtmlEncode(s);
        string Pct(double v) => (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        h.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(Title(p))).Append("</title><style>")
         .Append("@page{size:A4;margin:25mm 20mm}body{font-family:'Noto Sans CJK SC',sans-serif;font-size:11pt;color:#111}h1{font-size:18pt;text-align:center}")
         .Append("h2{font-size:13pt;border-left:4px solid #c8102e;padding-left:6px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3px 6px;text-align:left}")
         .Append("th{background:#eef2f7}.muted{color:#555}td.nw,th.nw{white-space:nowrap}</style></head><body>");
        h.Append("<h1>").Append(E(Title(p))).Append("</h1>");
        h.Append("<p class=\"muted\">过程：").Append(p.EpisodeStart.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)).Append("至")
         .Append(p.EpisodeEnd.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)).Append("，最高预警等级：").Append(Labels.Level(p.HighestLevel))
         .Append("。报告生成时间：").Append(Labels.Time(p.AsOf)).Append("。</p>");

        h.Append("<h2>一、过程时间线</h2><table><tr><th>时间</th><th>事项</th></tr>");
        foreach (var e in p.Timeline) h.Append("<tr><td>").Append(Labels.Time(e.At)).Append("</td><td>").Append(E(e.What)).Append("</td></tr>");
        h.Append("</table>");

        var n = p.Notices;
        h.Append("<h2>二、通知送达与确认</h2><p>共生成通知").Append(n.Total).Append("份，送达").Append(n.Delivered).Append("份，确认收悉").Append(n.Acknowledged)
         .Append("份，超过").Append(p.AcknowledgeWithinHours).Append("小时未确认或逾期确认").Append(n.Late).Append("份；再次提醒").Append(n.Reminded)
         .Append("份，上报督办").Append(n.Escalated).Append("份。</p>");
        h.Append(Bars([("生成", n.Total), ("送达", n.Delivered), ("确认收悉", n.Acknowledged), ("逾期", n.Late), ("提醒", n.Reminded), ("督办", n.Escalated)], n.Total));

        var c = p.Enterprises;
        h.Append("<h2>三、措施落实与现场核查</h2><table><tr><th>项目</th><th>企业数</th><th>比例</th></tr>")
         .Append(Row("收到通知的企业", c.WithNotices, 1)).Append(Row("报告落实情况", c.Reported, PostMortem.Rate(c.Reported, c.WithNotices)))
         .Append(Row("经现场检查", c.Inspected, PostMortem.Rate(c.Inspected, c.WithNotices))).Append(Row("检查认定已落实", c.Complied, PostMortem.Rate(c.Complied, c.WithNotices)))
         .Append("</table>");
        h.Append(Bars([("落实报告率", (int)Math.Round(PostMortem.Rate(c.Reported, c.WithNotices) * 100)), ("现场检查率", (int)Math.Round(PostMortem.Rate(c.Inspected, c.WithNotices) * 100)),
            ("核实落实率", (int)Math.Round(PostMortem.Rate(c.Complied, c.WithNotices) * 100))], 100, "%"));

        h.Append("<h2>四、减排要求与落实</h2><table><tr><th>预警等级</th><th>污染物</th><th>要求减排量</th><th>清单计划减排量</th><th>现场核实减排量</th><th>计划减排比例</th><th class=\"nw\">是否达标</th></tr>");
        foreach (var r in p.Reductions)
            h.Append("<tr><td>").Append(Labels.Level(r.Level)).Append("</td><td>").Append(E(r.Pollutant)).Append("</td><td>").Append(Tonnes(r.RequiredT)).Append("</td><td>")
             .Append(Tonnes(r.PlannedT)).Append("</td><td>").Append(Tonnes(r.VerifiedT)).Append("</td><td>").Append(Pct(r.Planned)).Append("（要求").Append(Pct(r.Required))
             .Append("）</td><td class=\"nw\">").Append(r.Met ? "达标" : "未达标").Append("</td></tr>");
        h.Append("</table><p class=\"muted\">减排量单位为吨/年（按企业年排放量折算）。要求减排量为要求减排比例乘以排放基数；清单计划减排量为本过程研判的停产、限产措施对应的减排量；")
         .Append("现场核实减排量只计现场检查认定已落实企业的计划减排量，认定部分落实的企业因无法核定实际减排量，不计入。</p>");
        h.Append("<p>现场核实落实企业占收到通知企业的").Append(Pct(PostMortem.Rate(c.Complied, c.WithNotices))).Append("（").Append(c.Complied).Append("家/").Append(c.WithNotices).Append("家）。</p>");

        h.Append("<h2>五、未落实企业</h2>");
        if (p.NonCompliers.Count == 0) h.Append("<p>本过程现场检查未发现未落实措施的企业。</p>");
        else
        {
            // Short cells never wrap (a status split over two lines reads badly, on paper and to pdftotext).
            h.Append("<table><tr><th>企业</th><th>统一社会信用代码</th><th class=\"nw\">检查结论</th><th>检查时间</th><th>情况</th><th class=\"nw\">督企清单</th><th class=\"nw\">曝光名单</th></tr>");
            foreach (var x in p.NonCompliers)
                h.Append("<tr><td>").Append(E(x.Name)).Append("</td><td>").Append(E(x.CreditCode)).Append("</td><td class=\"nw\">").Append(Verification.Inspections.Display(x.Outcome))
                 .Append("</td><td>").Append(Labels.Time(x.InspectedAt)).Append("</td><td>").Append(E(x.Note)).Append("</td><td class=\"nw\">").Append(x.Supervised ? "已列入" : "—")
                 .Append("</td><td class=\"nw\">").Append(x.Exposed ? "已列入" : "—").Append("</td></tr>");
            h.Append("</table>");
        }
        return h.Append("</body></html>").ToString();
    }

    public static string Title(PostMortem p) => $"{p.District}重污染天气应急过程复盘报告";

    private static string Tonnes(double t) => t.ToString("0.###", CultureInfo.InvariantCulture) + "吨";

    private static string Row(string what, int count, double rate) =>
        $"<tr><td>{what}</td><td>{count}</td><td>{(rate * 100).ToString("0.#", CultureInfo.InvariantCulture)}%</td></tr>";

    /// <summary>A horizontal bar chart in SVG: one bar per item, scaled to <paramref name="max"/>.</summary>
    private static string Bars(IReadOnlyList<(string Label, int Value)> items, int max, string unit = "")
    {
        const int width = 460, rowHeight = 26, labelWidth = 110;
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{items.Count * rowHeight + 8}\">");
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var bar = max <= 0 ? 0 : (int)Math.Round((double)value / max * (width - labelWidth - 60));
            var y = i * rowHeight + 4;
            svg.Append($"<text x=\"0\" y=\"{y + 16}\" font-size=\"12\">{label}</text><rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{bar}\" height=\"16\" fill=\"#0b3d91\"/>")
               .Append($"<text x=\"{labelWidth + bar + 6}\" y=\"{y + 16}\" font-size=\"12\">{value}{unit}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
