using System.Text.RegularExpressions;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Syntax;

/// <summary>Reads the opening line of a statement that failed to parse: what it declares, if anything.</summary>
internal static partial class BrokenStatementProbe
{
    private static readonly (string Kind, string[] Spellings)[] Kinds =
    [
        ("level", ["level", "预警等级", "tier", "层级"]),
        ("table", ["default table", "默认 减排措施表", "table", "减排措施表"]),
        ("zone", ["zone", "管控区"]),
        ("region", ["region", "区域"]),
        ("const", ["const", "常量"]),
        ("template", ["template", "模板"]),
        ("districts", ["districts", "区县"]),
        ("industries", ["industries", "行业"]),
        ("grades", ["grades", "绩效分级"]),
    ];

    public static BrokenStatement? Probe(string text, int position, int line, int column)
    {
        var end = text.IndexOf('\n', position);
        var head = end < 0 ? text[position..] : text[position..end];
        foreach (var (kind, spellings) in Kinds)
        foreach (var spelling in spellings)
        {
            if (!StartsWithWord(head, spelling)) continue;
            var rest = head[spelling.Length..];
            var name = NamePattern().Match(rest);
            Name? declared = null;
            if (name.Success && kind is not ("districts" or "industries" or "grades"))
            {
                var offset = spelling.Length + name.Groups["name"].Index;
                declared = new Name(name.Groups["name"].Value.Trim('"')) { Span = new TextSpan(line, column + offset, name.Groups["name"].Length) };
            }
            var statement = new BrokenStatement(kind, declared, kind == "table" ? Industries(rest) : []) { Span = new TextSpan(line, column, spelling.Length) };
            return statement;
        }
        return null;
    }

    private static bool StartsWithWord(string head, string word) =>
        head.StartsWith(word, StringComparison.Ordinal) && (head.Length == word.Length || !IsWordChar(head[word.Length]) || !IsWordChar(word[^1]));

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>The industries after <c>for</c> in a table's opening line, up to its <c>{</c>.</summary>
    private static IReadOnlyList<Name> Industries(string rest)
    {
        var match = ForList().Match(rest);
        if (!match.Success) return [];
        return match.Groups["list"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(i => new Name(i.Trim('"')))
            .ToList();
    }

    [GeneratedRegex("""^\s+(?<name>"[^"\n]*"|[^\s{}"=:#,]+)""")]
    private static partial Regex NamePattern();

    [GeneratedRegex("""\s(?:for|适用)\s+(?<list>[^{#\n]+)""")]
    private static partial Regex ForList();
}
