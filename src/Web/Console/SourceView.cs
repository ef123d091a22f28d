using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// A ruleset's text with line numbers and light syntax colouring (comments, strings, statement keywords);
/// lines named by a diagnostic (<c>file:line:col: …</c>) are marked and carry the message.
/// </summary>
internal static partial class SourceView
{
    [GeneratedRegex(@"(?<cm>#.*$)|(?<st>""[^""]*"")|(?<kw>\b(?:ruleset|version|authority|timezone|effective|include|districts|region|level|when|measure|table|sector|episode|advisory|template|notice|approval|acknowledge|within|stagger|rule|if|then|and|or|not)\b)")]
    private static partial Regex Token();

    [GeneratedRegex(@":(?<line>\d+):(?<col>\d+): ")]
    private static partial Regex Position();

    public static string Render(string source, IReadOnlyList<string> diagnostics)
    {
        var marks = new Dictionary<int, List<string>>();
        foreach (var d in diagnostics)
            if (Position().Match(d) is { Success: true } m)
                (marks.TryGetValue(int.Parse(m.Groups["line"].Value), out var list) ? list : marks[int.Parse(m.Groups["line"].Value)] = []).Add(d);
        var html = new StringBuilder("<pre class=\"source\">");
        var lines = source.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var bad = marks.TryGetValue(i + 1, out var messages);
            html.Append(bad ? $"<span class=\"bad\" id=\"line-{i + 1}\" title=\"{E(string.Join("\n", messages!))}\">" : $"<span id=\"line-{i + 1}\">");
            html.Append($"<span class=\"ln\">{i + 1}</span>").Append(Colour(lines[i])).Append("</span>\n");
        }
        return html.Append("</pre>").ToString();
    }

    private static string Colour(string line)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match m in Token().Matches(line))
        {
            html.Append(E(line[at..m.Index]));
            var css = m.Groups["cm"].Success ? "cm" : m.Groups["st"].Success ? "st" : "kw";
            html.Append($"<span class=\"{css}\">{E(m.Value)}</span>");
            at = m.Index + m.Length;
        }
        return html.Append(E(line[at..])).ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
