using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;

namespace EmergencyDSS.Dsl.Syntax.Grammar;

/// <summary>
/// One cell of a table row. A cell that is not a measure list still parses, up to the next <c>|</c> or
/// the end of the line, carrying a <see cref="CellProblem"/>: the error then points into the cell
/// ("unknown measure `limt`") instead of at the row's end, and the other rows stay checked.
/// </summary>
internal static class TableCellGrammar
{
    public static readonly Parser<MeasureListNode> Cell = input =>
    {
        if (EndsCell(input)) return Result.Success(BadCell(input, MeasureGrammar.Measures(input)), SkipCell(input));
        var parsed = MeasureGrammar.Measures(input);
        if (parsed.WasSuccessful && EndsCell(parsed.Remainder)) return parsed;
        return Result.Success(BadCell(input, parsed), SkipCell(input));
    };

    private static bool EndsCell(IInput at)
    {
        var text = at.Source;
        var i = at.Position;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i >= text.Length || text[i] is '|' or '\r' or '\n' or '#' or '}';
    }

    private static MeasureListNode BadCell(IInput input, IResult<MeasureListNode> parsed)
    {
        var start = SkipBlanks(input);
        var word = FirstWord(start);
        var wordSpan = new TextSpan(start.Line, start.Column, Math.Max(1, word.Length));
        if (word.Length == 0 || EndsCell(input))
            return new MeasureListNode([]) { Span = wordSpan, Problem = new CellProblem(wordSpan, null, "an empty cell", ["measure"]) };
        if (!MeasureGrammar.Words.Contains(word))
            return new MeasureListNode([]) { Span = wordSpan, Problem = new CellProblem(wordSpan, word, $"`{word}`", []) };
        var failure = parsed.WasSuccessful ? FailureAfterPlus(parsed.Remainder) : (parsed.Remainder, parsed.Expectations);
        var at = SkipBlanks(failure?.Remainder ?? parsed.Remainder);
        var expected = failure is null ? ["`+`", "`|`"] : failure.Value.Expectations.Distinct().OrderBy(e => e, StringComparer.Ordinal).ToArray();
        var found = !at.AtEnd && at.Current == '+' ? "+" : FirstWord(at);
        var span = new TextSpan(at.Line, at.Column, Math.Max(1, found.Length));
        return new MeasureListNode([]) { Span = wordSpan, Problem = new CellProblem(span, null, found.Length == 0 ? "end of cell" : $"`{found}`", expected) };
    }

    /// <summary>Measures stopped early: if a <c>+</c> follows, the measure after it is the broken one.</summary>
    private static (IInput Remainder, IEnumerable<string> Expectations)? FailureAfterPlus(IInput remainder)
    {
        var at = SkipBlanks(remainder);
        if (at.AtEnd || at.Current != '+') return null;
        if (EndsCell(at.Advance())) return (at, ["a measure after `+`"]);
        var next = MeasureGrammar.Measure(at.Advance());
        return next.WasSuccessful ? null : (next.Remainder, next.Expectations);
    }

    private static IInput SkipBlanks(IInput at)
    {
        while (!at.AtEnd && at.Current is ' ' or '\t') at = at.Advance();
        return at;
    }

    /// <summary>The cell's text up to the next <c>|</c>, comment or line end.</summary>
    private static IInput SkipCell(IInput at)
    {
        while (!at.AtEnd && at.Current is not ('|' or '\r' or '\n' or '#')) at = at.Advance();
        return at;
    }

    private static string FirstWord(IInput at)
    {
        var text = at.Source;
        var end = at.Position;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('|' or '+' or '#') && end - at.Position < 20) end++;
        return text[at.Position..end];
    }
}
