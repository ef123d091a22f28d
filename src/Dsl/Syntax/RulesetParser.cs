using EmergencyDSS.Dsl.Syntax.Grammar;
using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;

namespace EmergencyDSS.Dsl.Syntax;

/// <summary>
/// Parses a file statement by statement. After an error it resumes at the next line that starts
/// in column 1 with something other than <c>}</c>, so one run reports every broken statement.
/// A broken statement still leaves a <see cref="BrokenStatement"/> saying what it declared.
/// </summary>
internal static class RulesetParser
{
    public static SyntaxFile Parse(string path, string text)
    {
        // A UTF-8 byte-order mark is not part of the text (editors on Windows write one).
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var statements = new List<Statement>();
        var errors = new List<SyntaxError>();
        if (NestingLimit.FirstTooDeep(text) is { } tooDeep)
            return new SyntaxFile(path, text, statements, [new SyntaxError(tooDeep, "", [], TooDeep: true)]);
        IInput input = new SourceInput(text);
        while (true)
        {
            input = Lexical.Trivia(input).Remainder;
            if (input.AtEnd) break;
            var parser = StatementGrammar.ByKeyword.GetValueOrDefault(FirstWord(text, input.Position)) ?? StatementGrammar.Statement;
            var result = parser(input);
            if (result.WasSuccessful && result.Remainder.Position > input.Position)
            {
                statements.Add(result.Value);
                input = result.Remainder;
                continue;
            }
            errors.Add(ToError(result.Remainder, result.Expectations));
            if (BrokenStatementProbe.Probe(text, input.Position, input.Line, input.Column) is { } broken) statements.Add(broken);
            input = Resume(text, Math.Max(result.Remainder.Position, input.Position + 1));
        }
        return new SyntaxFile(path, text, statements, errors);
    }

    /// <summary>The statement's opening word: up to white space or punctuation.</summary>
    private static string FirstWord(string text, int at)
    {
        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('{' or '"' or ':' or '#')) end++;
        return text[at..end];
    }

    private static SyntaxError ToError(IInput at, IEnumerable<string> expectations)
    {
        var found = at.AtEnd ? "end of file" : $"`{FoundToken(at)}`";
        var expected = expectations.Distinct().OrderBy(e => e, StringComparer.Ordinal).ToList();
        return new SyntaxError(new TextSpan(at.Line, at.Column, 1), found, expected);
    }

    private static string FoundToken(IInput at)
    {
        var source = at.Source;
        var end = at.Position;
        while (end < source.Length && !char.IsWhiteSpace(source[end]) && end - at.Position < 20) end++;
        return end == at.Position ? source[at.Position].ToString() : source[at.Position..end];
    }

    /// <summary>The next line start (column 1) that begins a plausible statement.</summary>
    private static IInput Resume(string text, int from)
    {
        var line = 1;
        for (var i = 0; i < from && i < text.Length; i++) if (text[i] == '\n') line++;
        var position = from;
        while (position < text.Length)
        {
            var nl = text.IndexOf('\n', position);
            if (nl < 0) return new SourceInput(text, text.Length, line, 1);
            position = nl + 1;
            line++;
            if (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not ('}' or '#' or '|'))
                return new SourceInput(text, position, line, 1);
        }
        return new SourceInput(text, text.Length, line, 1);
    }
}
