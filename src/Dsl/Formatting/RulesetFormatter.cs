using System.Text;

namespace EmergencyDSS.Dsl.Formatting;

/// <summary>
/// Canonical layout: two-space indentation by brace depth, one space between tokens, aligned table
/// columns, at most one blank line, comments kept. Only whitespace between tokens changes, so the
/// meaning never does; formatting twice gives the same text.
/// </summary>
public static class RulesetFormatter
{
    public static string Format(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var output = new List<string>();
        var table = new List<(int Indent, List<string> Tokens, string? Comment)>();
        var depth = 0;
        var blank = false;
        foreach (var raw in lines)
        {
            var (tokens, comment) = LineTokens.Split(raw);
            var isRow = depth > 0 && tokens.Contains("|") && !tokens.Contains("{") && !tokens.Contains("}");
            if (tokens.Count == 0 && comment is null)
            {
                // Blank lines between table rows would split the column alignment: rows stay together.
                if (table.Count == 0) blank = output.Count > 0;
                continue;
            }
            if (!isRow) Flush(table, output);
            if (blank && output.Count > 0 && table.Count == 0) output.Add("");
            blank = false;
            var leadingClose = tokens.TakeWhile(t => t == "}").Count();
            var indent = Math.Max(0, depth - leadingClose) * 2 + (IsContinuation(tokens) ? 2 : 0);
            depth = Math.Max(0, depth + tokens.Count(t => t == "{") - tokens.Count(t => t == "}"));
            if (isRow)
            {
                table.Add((indent, tokens, comment));
                continue;
            }
            output.Add(Line(indent, LineTokens.Join(tokens), comment));
        }
        Flush(table, output);
        while (output.Count > 0 && output[^1].Length == 0) output.RemoveAt(output.Count - 1);
        return string.Join("\n", output) + "\n";
    }

    private static bool IsContinuation(List<string> tokens) => tokens.Count > 0 && tokens[0] is "or" or "and" or "或" or "且";

    private static string Line(int indent, string body, string? comment) =>
        (new string(' ', indent) + body + (comment is null ? "" : (body.Length == 0 ? "" : " ") + comment)).TrimEnd();

    /// <summary>Writes pending table rows with every column padded to the widest cell.</summary>
    private static void Flush(List<(int Indent, List<string> Tokens, string? Comment)> rows, List<string> output)
    {
        if (rows.Count == 0) return;
        var cells = rows.Select(r => SplitCells(r.Tokens)).ToList();
        var columns = cells.Max(c => c.Count);
        var widths = Enumerable.Range(0, columns).Select(i => cells.Where(c => i < c.Count).Max(c => LineTokens.Width(c[i]))).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < cells[r].Count; i++)
            {
                if (i > 0) sb.Append(" | ");
                sb.Append(cells[r][i]);
                if (i < cells[r].Count - 1) sb.Append(' ', widths[i] - LineTokens.Width(cells[r][i]));
            }
            var body = sb.ToString();
            output.Add(Line(rows[r].Indent, cells[r][0].Length == 0 ? body.TrimStart() is var t && t.StartsWith('|') ? new string(' ', widths[0]) + " " + t : body : body, rows[r].Comment));
        }
        rows.Clear();
    }

    private static List<string> SplitCells(List<string> tokens)
    {
        var cells = new List<string>();
        var current = new List<string>();
        foreach (var t in tokens)
        {
            if (t == "|")
            {
                cells.Add(LineTokens.Join(current));
                current.Clear();
            }
            else current.Add(t);
        }
        cells.Add(LineTokens.Join(current));
        return cells;
    }
}
