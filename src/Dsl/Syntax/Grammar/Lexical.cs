using System.Globalization;
using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;

namespace EmergencyDSS.Dsl.Syntax.Grammar;

/// <summary>Tokens: trivia (spaces, # comments), keywords, words, strings, numbers, dates, hours.</summary>
internal static class Lexical
{
    private static readonly Parser<string> Comment =
        from hash in Parse.Char('#')
        from text in Parse.CharExcept('\n').Many().Text()
        select text;

    /// <summary>Whitespace and comments; they may stand between any two tokens.</summary>
    public static readonly Parser<IEnumerable<string>> Trivia =
        Parse.WhiteSpace.AtLeastOnce().Text().Or(Comment).Many();

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

    private static bool IsWordChar(char c) =>
        !char.IsWhiteSpace(c) && c is not (',' or '|' or '{' or '}' or '[' or ']' or '(' or ')' or ':' or '"' or '#' or '=' or '<' or '>' or '!' or '+');

    /// <summary>A keyword (several spellings, e.g. English and Chinese), not followed by more word characters when ASCII.</summary>
    public static Parser<string> Keyword(params string[] spellings)
    {
        Parser<string>? parser = null;
        foreach (var spelling in spellings)
        {
            var one = spelling.All(char.IsAscii)
                ? Parse.String(spelling).Text().Then(s => Parse.Char(c => IsWordChar(c) && c != '.', "word character").Not().Return(s))
                : Parse.String(spelling).Text();
            parser = parser is null ? one : parser.Or(one);
        }
        return parser!.Return(spellings[0]).Named($"`{spellings[0]}`").Tok();
    }

    public static Parser<char> Symbol(char c) => Parse.Char(c).Named($"`{c}`").Tok();

    public static Parser<string> Symbol(string s) => Parse.String(s).Text().Named($"`{s}`").Tok();

    /// <summary>A bare word: a name such as 渝北区, A+, PM2.5, yellow.</summary>
    public static readonly Parser<string> BareWord =
        Parse.Char(IsWordChar, "name").AtLeastOnce().Text().Where(w => w != "..");

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
