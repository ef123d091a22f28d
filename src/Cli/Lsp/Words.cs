namespace EmergencyDSS.Cli.Lsp;

/// <summary>The word under the cursor: a name, keyword or number as the language spells them, or a quoted text.</summary>
internal static class Words
{
    public sealed record Word(string Text, Range Range, bool Quoted);

    public static Word? At(string? text, Position at)
    {
        if (text is null) return null;
        var lines = text.Split('\n');
        if (at.Line < 0 || at.Line >= lines.Length) return null;
        var line = lines[at.Line].TrimEnd('\r');
        if (at.Character < 0 || at.Character > line.Length) return null;
        if (QuotedAt(line, at.Character) is { } quoted) return new Word(line[(quoted.Start + 1)..quoted.End], Span(at.Line + 1, quoted.Start + 2, quoted.End - quoted.Start - 1), true);
        var start = at.Character;
        while (start > 0 && IsWordChar(line[start - 1])) start--;
        var end = at.Character;
        while (end < line.Length && IsWordChar(line[end])) end++;
        return end > start ? new Word(line[start..end], Span(at.Line + 1, start + 1, end - start), false) : null;
    }

    /// <summary>A range from one-based line and column, as dss reports them.</summary>
    public static Range Span(int line, int column, int length) =>
        new(new Position(line - 1, column - 1), new Position(line - 1, column - 1 + length));

    private static (int Start, int End)? QuotedAt(string line, int at)
    {
        var open = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '"') continue;
            if (open < 0) { open = i; continue; }
            if (at > open && at <= i) return (open, i);
            open = -1;
        }
        return null;
    }

    private static bool IsWordChar(char c) => !char.IsWhiteSpace(c) && c is not ('{' or '}' or '[' or ']' or '(' or ')' or ',' or ':' or '|' or '"' or '#' or '+' or '=' or '<' or '>');
}
