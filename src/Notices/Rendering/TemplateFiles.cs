namespace EmergencyDSS.Notices;

/// <summary>
/// Opens a bound template only if it is a regular file, no larger than <see cref="MaxBytes"/>, whose real path
/// (every symbolic link on the way resolved) stays inside the ruleset's folder. The ruleset's `template` line is
/// already checked for `..` and absolute paths; this catches links planted in the folder.
/// </summary>
internal static class TemplateFiles
{
    public const long MaxBytes = 1 << 20;

    /// <summary>The template's text, or the message saying why it is refused.</summary>
    public static (string? Text, string? Problem) Read(string rulesetDirectory, string path)
    {
        var root = RealPath(Path.GetFullPath(rulesetDirectory));
        var full = Path.GetFullPath(Path.Combine(rulesetDirectory, path));
        var real = RealPath(full);
        if (root is null || real is null || !real.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal))
            return (null, NoticeMessages.TemplateOutside(path));
        var (bytes, refusal) = RegularFile.Read(real, MaxBytes);
        return refusal switch
        {
            FileRefusal.None => (new System.Text.UTF8Encoding(false).GetString(bytes!).TrimStart('\uFEFF'), null),
            FileRefusal.Missing => (null, NoticeMessages.TemplateMissing(path)),
            FileRefusal.TooLarge => (null, NoticeMessages.TemplateTooLarge(path, MaxBytes)),
            _ => (null, NoticeMessages.TemplateNotRegular(path)),
        };
    }

    /// <summary>The path with every symbolic link resolved, component by component (null if a link loops or dangles).</summary>
    internal static string? RealPath(string full)
    {
        var parts = full.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = "/";
        var hops = 0;
        var queue = new Queue<string>(parts);
        while (queue.Count > 0)
        {
            var next = Path.Combine(current, queue.Dequeue());
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > 40) return null;
                var resolved = Path.GetFullPath(target, current);
                var rest = queue.ToArray();
                queue = new Queue<string>(resolved.Split('/', StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = "/";
                continue;
            }
            current = next;
        }
        return current;
    }
}
