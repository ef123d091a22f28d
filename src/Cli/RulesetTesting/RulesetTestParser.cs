using System.Globalization;

namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>
/// Reads a test file. The layout is lines: <c>ruleset "…"</c> and <c>test "…"</c> at the margin; a
/// test's items indented under it (<c>forecast issued T</c>, <c>enterprises</c>, <c>sites</c>, <c>inspections</c>, each
/// followed by CSV lines indented deeper; <c>enterprises from "…"</c>; <c>expect …</c>); <c>#</c> comments.
/// Every problem is reported as <c>file:line:col: message</c>.
/// </summary>
internal static class RulesetTestParser
{
    public static readonly IReadOnlySet<string> Subjects = new HashSet<string>(StringComparer.Ordinal)
        { "warning", "warnings", "segment", "measure", "measures", "regional", "advisory", "rainfall", "because", "notice", "standing", "supervised", "exposed" };

    public static RulesetTestFile Parse(string path, string displayPath, string text, List<string> errors)
    {
        string? ruleset = null;
        var tests = new List<RulesetTestCase>();
        RulesetTestCase? test = null;
        (string Kind, int Indent, int Line, List<(int, int, string)> Rows)? block = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        void Error(int line, int column, string message) => errors.Add($"{displayPath}:{line}:{column}: {message}");
        void CloseBlock()
        {
            if (block is not { } b || test is null) return;
            var parsed = new TestBlock(b.Line, b.Rows);
            if (b.Rows.Count == 0) Error(b.Line, 1, $"`{b.Kind}` has no CSV lines under it (a header row, then rows, indented deeper)");
            if (b.Kind == "forecast") test.Forecast = parsed;
            else if (b.Kind == "enterprises") test.Enterprises = parsed;
            else if (b.Kind == "inspections") test.Inspections = parsed;
            else test.Sites = parsed;
            block = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var raw = lines[i].TrimEnd();
            var indent = raw.Length - raw.TrimStart().Length;
            var content = raw.Trim();
            if (content.Length == 0 || content.StartsWith('#')) continue;
            if (block is { } open && indent > open.Indent)
            {
                open.Rows.Add((number, indent, content));
                continue;
            }
            CloseBlock();
            var (word, rest) = Split(content);
            if (indent == 0)
            {
                if (word == "ruleset" && Quoted(rest) is { } r) ruleset = r;
                else if (word == "test" && Quoted(rest) is { } name) tests.Add(test = new RulesetTestCase { Name = name, Line = number });
                else Error(number, 1, $"expected `ruleset \"FILE\"` or `test \"NAME\"` at the start of a line, not `{word}`");
                continue;
            }
            if (test is null)
            {
                Error(number, indent + 1, "an indented line belongs to a test; start one with `test \"NAME\"`");
                continue;
            }
            switch (word)
            {
                case "forecast":
                    var (issued, time) = Split(rest);
                    if (issued != "issued" || !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) || time.Length <= 10)
                        Error(number, indent + 1, "write `forecast issued 2024-12-01T16:00:00+08:00` (the issue time, with offset), then the forecast's CSV lines indented under it");
                    else test.IssuedAt = at;
                    block = ("forecast", indent, number, []);
                    break;
                case "enterprises" when rest.StartsWith("from", StringComparison.Ordinal):
                    if (Quoted(rest[4..].Trim()) is { } file) test.EnterprisesFile = (number, file);
                    else Error(number, indent + 1, "write `enterprises from \"FILE.csv\"` with the file relative to this test file");
                    break;
                case "enterprises" or "sites" or "inspections" when rest.Length == 0:
                    block = (word, indent, number, []);
                    break;
                case "expect":
                    ParseExpectation(test, number, indent, content, rest, Error);
                    break;
                default:
                    Error(number, indent + 1, $"`{word}` is not a test item (forecast issued …, enterprises, enterprises from \"…\", sites, inspections, expect …)");
                    break;
            }
        }
        CloseBlock();
        if (ruleset is null) Error(1, 1, "the file names no ruleset; start it with `ruleset \"../FILE.dss\"`");
        foreach (var t in tests)
        {
            if (t.Forecast is null) Error(t.Line, 1, $"test \"{t.Name}\" has no `forecast issued …` block");
            if (t.Expectations.Count == 0) Error(t.Line, 1, $"test \"{t.Name}\" expects nothing; add `expect …` lines");
        }
        return new RulesetTestFile(path, displayPath, ruleset ?? "", tests);
    }

    private static void ParseExpectation(RulesetTestCase test, int line, int indent, string content, string rest, Action<int, int, string> error)
    {
        // Words split at spaces; a name with spaces is written in quotes (`"Central Brick Works"`).
        var words = System.Text.RegularExpressions.Regex.Matches(rest, "\"[^\"]*\"|\\S+").Select(m => m.Value.Trim('"')).ToList();
        var negated = words.FirstOrDefault() == "no";
        if (negated) words.RemoveAt(0);
        var subject = words.FirstOrDefault() ?? "";
        if (!Subjects.Contains(subject))
        {
            error(line, indent + 1, $"`expect {subject}`: expect one of {string.Join(", ", Subjects.Order(StringComparer.Ordinal))}");
            return;
        }
        var args = words.Skip(1).ToList();
        var needed = subject switch { "warnings" or "measures" => 0, "warning" or "rainfall" or "notice" or "standing" or "supervised" or "exposed" => 1, _ => 2 };
        if (negated && needed > 0 && subject != "because") needed = 1;
        if (args.Count < needed)
        {
            error(line, indent + 1, $"`expect {(negated ? "no " : "")}{subject}` needs {needed} word(s) after it; see docs/testing.md");
            return;
        }
        test.Expectations.Add(new Expectation(line, content, negated, subject, args));
    }

    private static (string Word, string Tail) Split(string text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..].Trim());
    }

    private static string? Quoted(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : null;
}
