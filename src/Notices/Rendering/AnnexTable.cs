using System.Net;
using System.Text;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Notices;

/// <summary>
/// 附件 of a district warning notice: every listed enterprise of the district and what it must do,
/// one row each (production and transport together), on its own pages after the 正文.
/// </summary>
internal sealed class AnnexTable
{
    private AnnexTable(string caption, IReadOnlyList<(string Name, string Measures, string Period)> rows) => (Caption, Rows) = (caption, rows);

    /// <summary>e.g. 渝北区应急减排清单企业管控措施表.</summary>
    public string Caption { get; }
    public IReadOnlyList<(string Name, string Measures, string Period)> Rows { get; }

    public static AnnexTable? For(PlannedNotice plan, NoticeContext context)
    {
        if (plan.TargetKind != "warning" || plan.Event == "lift" || plan.Annex.Count == 0) return null;
        var rows = plan.Annex.GroupBy(m => m.Target, StringComparer.Ordinal)
            .Select(g => (Name: g.First().TargetName ?? g.Key,
                Measures: string.Join("；", g.Select(m => MeasureWords.Short(m.Kind, m.Percent, m.Basis, m.Reason, m.MinStandard, m.Hours))),
                Period: ChineseTime.Period(g.Min(m => m.Start), g.Max(m => m.End))))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        return new AnnexTable($"{plan.District}应急减排清单企业管控措施表", rows);
    }

    public string Html()
    {
        var html = new StringBuilder(Rows.Count * 160 + 512);
        html.Append("<section class=\"annex\">\n<p class=\"annex-label\">附件</p>\n<h2>").Append(E(Caption)).Append("</h2>\n")
            .Append("<table>\n<thead><tr><th>序号</th><th>企业名称</th><th>管控措施</th><th>执行时段</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < Rows.Count; i++)
            html.Append("<tr><td>").Append(i + 1).Append("</td><td>").Append(E(Rows[i].Name)).Append("</td><td>")
                .Append(E(Rows[i].Measures)).Append("</td><td>").Append(E(Rows[i].Period)).Append("</td></tr>\n");
        return html.Append("</tbody>\n</table>\n</section>\n").ToString();
    }

    /// <summary>The text (e-mail) form: one line per enterprise.</summary>
    public string Text()
    {
        var text = new StringBuilder();
        text.Append("附件\n").Append(Caption).Append('\n');
        for (var i = 0; i < Rows.Count; i++)
            text.Append(i + 1).Append('．').Append(Rows[i].Name).Append('：').Append(Rows[i].Measures).Append('（').Append(Rows[i].Period).Append("）\n");
        return text.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
