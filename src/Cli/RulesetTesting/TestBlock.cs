namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>An indented block of CSV lines in a test file (a header row, then rows), with the file line of each.</summary>
internal sealed record TestBlock(int KeywordLine, IReadOnlyList<(int Line, int Indent, string Text)> Lines)
{
    /// <summary>The block as CSV text: fields trimmed, an optional first column put in front of every row.</summary>
    public string Csv(string? firstColumn = null, string? firstValue = null)
    {
        var rows = Lines.Select((l, i) =>
        {
            var fields = string.Join(',', l.Text.Split(',').Select(f => f.Trim()));
            if (firstColumn is null) return fields;
            return (i == 0 ? firstColumn : firstValue) + "," + fields;
        });
        return string.Join('\n', rows) + "\n";
    }

    /// <summary>Where field <paramref name="field"/> (1-based) of CSV row <paramref name="row"/> (1 = header) is in the test file.</summary>
    public (int Line, int Column) Locate(int row, int field)
    {
        if (row < 1 || row > Lines.Count || field < 1) return (KeywordLine, 1);
        var (line, indent, text) = Lines[row - 1];
        var column = 0;
        for (var f = 1; f < field && column >= 0; f++) column = text.IndexOf(',', column) is var comma and >= 0 ? comma + 1 : -1;
        if (column < 0) column = text.Length;
        while (column < text.Length && text[column] == ' ') column++;
        return (line, indent + column + 1);
    }
}
