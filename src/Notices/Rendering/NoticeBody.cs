namespace EmergencyDSS.Notices;

/// <summary>
/// A notice template writes plain text: the first non-empty line is the title, every further
/// non-empty line a paragraph. Bureau staff then never touch HTML; the layout sets it on the page.
/// </summary>
internal sealed record NoticeBody(string Title, IReadOnlyList<string> Paragraphs)
{
    public static NoticeBody From(string rendered)
    {
        var lines = rendered.Replace("\r\n", "\n").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? new NoticeBody("", []) : new NoticeBody(lines[0], lines.Skip(1).ToList());
    }
}
