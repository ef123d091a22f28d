using System.Text;

namespace EmergencyDSS.Dsl.Formatting;

/// <summary>One source line split into tokens (strings and comments kept verbatim) for re-spacing.</summary>
internal static class LineTokens
{
    private static readonly string[] Operators = [">=", "<=", "==", "!=", "..", ">", "<", "="];

    public static (List<string> Tokens, string? Comment) Split(string line)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '#') return (tokens, line[i..].TrimEnd());
            if (c == '"')
            {
                var end = i + 1;
                while (end < line.Length && line[end] != '"') end += line[end] == '\\' && end + 1 < line.Length ? 2 : 1;
                end = Math.Min(end + 1, line.Length);
                tokens.Add(line[i..end]);
                i = end;
                continue;
            }
            var op = Operators.FirstOrDefault(o => string.CompareOrdinal(line, i, o, 0, o.Length) == 0 && !(o == ".." && i > 0 && char.IsDigit(line[i - 1]) && i + 2 < line.Length && char.IsDigit(line[i + 2])));
            if (op is not null) { tokens.Add(op); i += op.Length; continue; }
            if (c is '{' or '}' or '|' or ',' or ':' or '(' or ')' or '[' or ']' || (c == '+' && (i == 0 || !IsWord(line[i - 1]))))
            {
                tokens.Add(c.ToString());
                i++;
                continue;
            }
            var start = i;
            while (i < line.Length && (IsWord(line[i]) || IsClockColon(line, i, start) || (line[i] == '+' && i > start && (i + 1 >= line.Length || !IsWord(line[i + 1])))))
            {
                if (line[i] == '.' && i + 1 < line.Length && line[i + 1] == '.' ) break;
                i++;
            }
            if (i == start) i++;
            tokens.Add(line[start..i]);
        }
        return (tokens, null);
    }

    /// <summary>The colon of a time like 07:00 belongs to the word.</summary>
    private static bool IsClockColon(string line, int i, int start) =>
        line[i] == ':' && i > start && char.IsDigit(line[i - 1]) && i + 1 < line.Length && char.IsDigit(line[i + 1]);

    private static bool IsWord(char c) =>
        !char.IsWhiteSpace(c) && c is not (',' or '|' or '{' or '}' or '[' or ']' or '(' or ')' or ':' or '"' or '#' or '=' or '<' or '>' or '!' or '+');

    /// <summary>Tokens joined with canonical spacing.</summary>
    public static string Join(IReadOnlyList<string> tokens)
    {
        var sb = new StringBuilder();
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (k > 0 && NeedsSpace(tokens[k - 1], t)) sb.Append(' ');
            sb.Append(t);
        }
        return sb.ToString();
    }

    private static bool NeedsSpace(string before, string token) =>
        token is not ("," or ":" or ")" or "]") && before is not ("(" or "[");

    /// <summary>Display width: CJK and full-width characters take two columns.</summary>
    public static int Width(string s)
    {
        var width = 0;
        foreach (var ch in s) width += ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1;
        return width;
    }
}
