using System.Globalization;
using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;

namespace EmergencyDSS.Dsl.Syntax.Grammar;

/// <summary>Tokens: trivia (spaces, # comments), keywords, words, strings, numbers, dates, hours.</summary>
internal static class Lexical
{
    /// <summary>Whitespace and # comments; they may stand between any two tokens. Scanned directly, not char by char through combinators.</summary>
    public static readonly Parser<IEnumerable<string>> Trivia = input =>
    {
        var source = input.Source;
        var at = input.Position;
        while (at < source.Length)
        {
            if (char.IsWhiteSpace(source[at])) at++;
            else if (source[at] == '#') { while (at < source.Length && source[at] != '\n') at++; }
            else break;
        }
        return Result.Success<IEnumerable<string>>([], At(input, at));
    };

    /// <summary>The input moved to <paramref name="position"/> in one step.</summary>
    private static IInput At(IInput input, int position) =>
        position == input.Position ? input : ((SourceInput)input).Skip(position - input.Position);

    /// <summary>Skips trivia, then parses <paramref name="parser"/>, stamping the node's span.</summary>
    public static Parser<T> Spanned<T>(this Parser<T> parser) where T : Node =>
        input =>
        {
            var start = Trivia(input).Remainder;
            var result = parser(start);
            if (!result.WasSuccessful) return result;
            var span = new TextSpan(start.Line, start.Column, result.Remainder.Position - start.Position);
            return Result.Success((T)result.Value.WithSpan(span), result.Remainder);
        };

    /// <summary>Skips trivia, then parses <paramref name="parser"/>.</summary>
    public static Parser<T> Tok<T>(this Parser<T> parser) => from _ in Trivia from value in parser select value;

    /// <summary>Like <see cref="Tok{T}"/> but also returns the span of the token.</summary>
    public static Parser<(T Value, TextSpan Span)> TokSpan<T>(this Parser<T> parser) =>
        input =>
        {
            var start = Trivia(input).Remainder;
            var result = parser(start);
            return result.WasSuccessful
                ? Result.Success((result.Value, new TextSpan(start.Line, start.Column, result.Remainder.Position - start.Position)), result.Remainder)
                : Result.Failure<(T, TextSpan)>(result.Remainder, result.Message, result.Expectations);
        };

    internal static bool IsWordChar(char c) =>
        !char.IsWhiteSpace(c) && c is not (',' or '|' or '{' or '}' or '[' or ']' or '(' or ')' or ':' or '"' or '#' or '=' or '<' or '>' or '!' or '+');

    /// <summary>A keyword (several spellings, e.g. English and Chinese); ASCII ones must not run on into a longer word.</summary>
    public static Parser<string> Keyword(params string[] spellings)
    {
        var expected = new[] { $"`{spellings[0]}`" };
        Parser<string> keyword = input =>
        {
            var source = input.Source;
            var at = input.Position;
            foreach (var spelling in spellings)
            {
                if (string.CompareOrdinal(source, at, spelling, 0, spelling.Length) != 0 || at + spelling.Length > source.Length) continue;
                var next = at + spelling.Length;
                if (spelling.All(char.IsAscii) && next < source.Length && IsWordChar(source[next]) && source[next] != '.') continue;
                return Result.Success(spellings[0], At(input, next));
            }
            return Result.Failure<string>(input, $"expected {expected[0]}", expected);
        };
        return keyword.Tok();
    }

    public static Parser<char> Symbol(char c)
    {
        var expected = new[] { $"`{c}`" };
        Parser<char> symbol = input => !input.AtEnd && input.Current == c
            ? Result.Success(c, At(input, input.Position + 1))
            : Result.Failure<char>(input, $"expected `{c}`", expected);
        return symbol.Tok();
    }

    public static Parser<string> Symbol(string s)
    {
        var expected = new[] { $"`{s}`" };
        Parser<string> symbol = input => string.CompareOrdinal(input.Source, input.Position, s, 0, s.Length) == 0 && input.Position + s.Length <= input.Source.Length
            ? Result.Success(s, At(input, input.Position + s.Length))
            : Result.Failure<string>(input, $"expected `{s}`", expected);
        return symbol.Tok();
    }

    /// <summary>A bare word: a name such as 渝北区, A+, PM2.5, yellow.</summary>
    public static readonly Parser<string> BareWord = input =>
    {
        var source = input.Source;
        var at = input.Position;
        while (at < source.Length && IsWordChar(source[at])) at++;
        var word = source[input.Position..at];
        return word.Length == 0 || word == ".."
            ? Result.Failure<string>(input, "expected name", ["name"])
            : Result.Success(word, At(input, at));
    };

    private static readonly Parser<string> StringBody =
        from open in Parse.Char('"')
        from body in Parse.String("\\\"").Return('"').Or(Parse.String("\\\\").Return('\\')).Or(Parse.CharExcept("\"\n")).Many().Text()
        from close in Parse.Char('"').Named("closing `\"`")
        select body;

    /// <summary>A name: bare word or "quoted string".</summary>
    public static readonly Parser<Name> NameToken = StringBody.Or(BareWord).Select(s => new Name(s)).Spanned().Named("name");

    /// <summary>A quoted string only.</summary>
    public static readonly Parser<Name> StringToken = StringBody.Select(s => new Name(s)).Spanned().Named("quoted text");

    private static readonly Parser<double> RawNumber =
        from sign in Parse.Char('-').Optional()
        from whole in Parse.Digit.AtLeastOnce().Text()
        from fraction in Parse.Char('.').Then(_ => Parse.Digit.AtLeastOnce().Text()).Optional()
        select double.Parse((sign.IsDefined ? "-" : "") + whole + (fraction.IsDefined ? "." + fraction.Get() : ""), CultureInfo.InvariantCulture);

    public static readonly Parser<NumberValue> Number = RawNumber.Select(v => new NumberValue(v)).Spanned().Named("number");

    /// <summary>A number or the name of a const.</summary>
    public static readonly Parser<NumberValue> NumberOrConstant =
        Number.Or(BareWord.Select(w => new NumberValue(double.NaN, w)).Spanned()).Named("number");

    public static readonly Parser<NumberValue> Percent =
        (from n in RawNumber from pct in Parse.Char('%') select new NumberValue(n)).Spanned().Named("percentage like `20%`");

    /// <summary><c>36h</c> or <c>36 h</c>.</summary>
    public static readonly Parser<NumberValue> Hours =
        (from n in RawNumber from _ in Parse.WhiteSpace.Many() from h in Parse.Char('h') select new NumberValue(n)).Spanned().Named("hours like `24h`");

    /// <summary><c>YYYY-MM-DD</c> or, for yearly ranges, <c>MM-DD</c>; validated by the binder.</summary>
    public static readonly Parser<string> DateText =
        Parse.Char(c => char.IsDigit(c) || c == '-', "date").AtLeastOnce().Text().Where(t => t.Contains('-')).Named("date like `2024-12-01`");

    private static readonly Parser<string> ClockText =
        from h in Parse.Digit.Repeat(2).Text()
        from colon in Parse.Char(':')
        from m in Parse.Digit.Repeat(2).Text()
        select h + ":" + m;

    public static readonly Parser<string> Clock = ClockText.Named("time like `07:00`").Tok();

    /// <summary><c>07:00-22:00</c>.</summary>
    public static readonly Parser<string> ClockRange =
        (from a in ClockText from dash in Parse.Char('-') from b in ClockText select a + "-" + b).Named("hours like `07:00-22:00`").Tok();

    public static Parser<IReadOnlyList<T>> CommaList<T>(this Parser<T> item) =>
        from first in item
        from rest in Symbol(',').Then(_ => item).Many()
        select (IReadOnlyList<T>)[first, .. rest];

    public static Parser<IReadOnlyList<Name>> NameList => NameToken.CommaList();
}
