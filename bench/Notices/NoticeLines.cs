using EmergencyDSS.Notices;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// Collects a notice body line by line with the rule every template body obeys (NoticeBody.From):
/// lines are trimmed, empty ones dropped, the first is the title. A value holding a line break
/// (never in the sample, but allowed) is split exactly as the Scriban path splits its output.
/// </summary>
internal sealed class NoticeLines
{
    private string? _title;
    private readonly List<string> _paragraphs = new(8);

    public void Add(string line)
    {
        if (line.Contains('\n'))
        {
            foreach (var part in line.Replace("\r\n", "\n").Split('\n')) AddTrimmed(part);
            return;
        }
        AddTrimmed(line);
    }

    public NoticeBody ToBody() => _title is null ? new NoticeBody("", []) : new NoticeBody(_title, _paragraphs);

    private void AddTrimmed(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return;
        if (_title is null) _title = trimmed;
        else _paragraphs.Add(trimmed);
    }
}
