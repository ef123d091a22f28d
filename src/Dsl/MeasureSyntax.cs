using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax;
using EmergencyDSS.Dsl.Syntax.Grammar;
using Sprache;

namespace EmergencyDSS.Dsl;

/// <summary>A parsed 一厂一策 cell: the measures, or an error with its 1-based column in the text.</summary>
public sealed record MeasureParse(IReadOnlyList<Measure>? Measures, string? Error, int Column);

/// <summary>The measure syntax of table cells, for the enterprise list's measure_&lt;level&gt; columns.</summary>
public static class MeasureSyntax
{
    public static MeasureParse Parse(string text)
    {
        var result = MeasureGrammar.Cell(new SourceInput(text));
        if (!result.WasSuccessful)
        {
            // After a `+` the problem is the word that follows it, not the `+`.
            var at = result.Remainder.Position;
            if (at < text.Length && text[at] == '+') at++;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            var found = at >= text.Length ? "end of text" : $"`{text[at..].Split(' ')[0]}`";
            return new MeasureParse(null, $"unexpected {found}; expected a measure (stop, limit N%, self, exempt, none, stagger, ban trucks below 国五, no-road)", at + 1);
        }
        var measures = new List<Measure>();
        foreach (var m in result.Value.Measures)
        {
            var percent = m.Percent?.Value;
            if (percent is < 0 or > 100)
                return new MeasureParse(null, $"{percent}% is impossible; a percentage is 0–100", m.Percent!.Span.Column);
            if (m.Standard is not null && MeasureStringency.StandardRank(m.Standard.Text) < 0)
                return new MeasureParse(null, $"`{m.Standard.Text}` is not an emission standard (国一 … 国六)", m.Standard.Span.Column);
            measures.Add(new Measure
            {
                Kind = m.Kind, Percent = percent, Basis = m.Lines ? LimitBasis.Lines : LimitBasis.Output,
                MinStandard = m.Standard?.Text, Hours = m.Hours, Reason = m.Reason?.Text,
            });
        }
        if (measures.Count(m => m.Category == MeasureCategory.Production) > 1)
            return new MeasureParse(null, "at most one production measure (stop, limit, self, exempt, none, stagger)", 1);
        return new MeasureParse(measures, null, 0);
    }
}
