using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace EmergencyDSS.Notices;

/// <summary>
/// The body as the A4 layout sets it: the title cut only between words (segments the page may
/// break between), the last body paragraph kept with the signature, date and seal, the 附件说明.
/// </summary>
internal static partial class NoticeLayout
{
    /// <summary>Where the annex goes (after 附注, before 版记); replaced after the template has run.</summary>
    public const string AnnexMarker = "<!--annex-->";

    // Break opportunities: after 关于/发布/解除…, around 在…期间, after 重污染天气 and 预警, before the closing 的通知/的通告/的函.
    [GeneratedRegex(@"(?<=^关于)|(?<=^关于(?:发布|升级|降级|延长|解除|商请))|(?=在)|(?<=重污染天气)|(?<=预警)(?!期间)|(?<=期间)|(?=的(?:通知|通告|函)$)")]
    private static partial Regex TitleBreaks();

    public static void Bind(ScriptObject model, NoticeBody body, AnnexTable? annex)
    {
        model["title"] = body.Title;
        var segments = new ScriptArray();
        foreach (var s in Segments(body.Title)) segments.Add(s);
        model["title_segments"] = segments;
        var paragraphs = new ScriptArray();
        foreach (var p in body.Paragraphs.Take(Math.Max(0, body.Paragraphs.Count - 1))) paragraphs.Add(p);
        model["paragraphs"] = paragraphs;
        model["closing_paragraph"] = body.Paragraphs.Count > 0 ? body.Paragraphs[^1] : "";
        model["attachment"] = annex is null ? "" : $"附件：{annex.Caption}";
        model["annex"] = annex is null ? "" : AnnexMarker;
    }

    public static IReadOnlyList<string> Segments(string title) =>
        TitleBreaks().Split(title).Where(s => s.Length > 0).ToList();
}
