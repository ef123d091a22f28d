using System.Net;
using System.Text;
using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Notices;

/// <summary>notices/index.html: one row per notice, in document-number order, linking its files.</summary>
internal static class NoticeIndex
{
    public static string Html(IReadOnlyList<(Notice Notice, string Relative)> notices, IReadOnlyList<string> unbound, bool pdf)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>通知清单</title>\n")
            .Append("<style>body{font-family:\"Noto Sans CJK SC\",sans-serif;margin:2em}table{border-collapse:collapse}")
            .Append("td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style>\n</head>\n<body>\n")
            .Append("<h1>通知清单（").Append(notices.Count).Append("份）</h1>\n");
        if (notices.Count == 0) html.Append("<p class=\"none\">本次预报未达到重污染天气预警启动条件，无需发布通知。</p>\n");
        foreach (var u in unbound) html.Append("<p class=\"unbound\">").Append(WebUtility.HtmlEncode(u)).Append("</p>\n");
        html.Append("<table>\n<tr><th>文号</th><th>区县</th><th>对象</th><th>事件</th><th>标题</th><th>确认码</th><th>文件</th></tr>\n");
        foreach (var (n, relative) in notices)
        {
            var link = WebUtility.HtmlEncode(relative.Replace('\\', '/'));
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(n.DocumentNumber))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(n.District))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(n.TargetName))
                .Append("</td><td>").Append(Terms.Event(n.Event))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(n.Title))
                .Append("</td><td class=\"ack\">").Append(n.AcknowledgmentCode)
                .Append("</td><td><a href=\"").Append(link).Append(".html\">网页版</a> <a href=\"").Append(link).Append(".txt\">文本版</a>")
                .Append(pdf ? $" <a href=\"{link}.pdf\">版式文件</a>" : "").Append("</td></tr>\n");
        }
        html.Append("</table>\n</body>\n</html>\n");
        return html.ToString();
    }
}
