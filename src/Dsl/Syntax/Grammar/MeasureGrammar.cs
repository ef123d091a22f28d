using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;
using static EmergencyDSS.Dsl.Syntax.Grammar.Lexical;

namespace EmergencyDSS.Dsl.Syntax.Grammar;

/// <summary>Measures: table cells and the enterprise list's 一厂一策 columns share this syntax.</summary>
internal static class MeasureGrammar
{
    /// <summary>Every word that opens a measure, in both spellings, for "did you mean".</summary>
    public static readonly IReadOnlySet<string> Words = new HashSet<string>(StringComparer.Ordinal)
    {
        "stop", "停产", "limit", "限产", "self", "自主减排", "exempt", "豁免", "none", "无",
        "stagger", "错峰", "ban", "禁用", "no-road", "禁止公路运输",
    };

    private static Parser<MeasureNode> Simple(MeasureKind kind, params string[] spellings) =>
        Keyword(spellings).Select(_ => new MeasureNode(kind, null, false, null, null, null)).Spanned();

    private static readonly Parser<MeasureNode> Limit =
        (from kw in Keyword("limit", "限产")
         from pct in Percent
         from lines in Keyword("lines", "产线").Optional()
         select new MeasureNode(MeasureKind.Limit, pct, lines.IsDefined, null, null, null)).Spanned();

    private static readonly Parser<MeasureNode> Exempt =
        (from kw in Keyword("exempt", "豁免")
         from reason in StringToken.Optional()
         select new MeasureNode(MeasureKind.Exempt, null, false, null, null, reason.GetOrDefault())).Spanned();

    private static readonly Parser<MeasureNode> Stagger =
        (from kw in Keyword("stagger", "错峰")
         from hours in ClockRange.Optional()
         from reason in StringToken.Optional()
         select new MeasureNode(MeasureKind.Stagger, null, false, null, hours.GetOrDefault(), reason.GetOrDefault())).Spanned();

    private static readonly Parser<MeasureNode> Ban =
        (from kw in Keyword("ban", "禁用")
         from trucks in Keyword("trucks", "货车")
         from below in Keyword("below", "低于")
         from standard in NameToken
         select new MeasureNode(MeasureKind.Ban, null, false, standard, null, null)).Spanned();

    public static readonly Parser<MeasureNode> Measure =
        Simple(MeasureKind.Stop, "stop", "停产")
            .Or(Limit)
            .Or(Simple(MeasureKind.Self, "self", "自主减排"))
            .Or(Exempt)
            .Or(Simple(MeasureKind.None, "none", "无"))
            .Or(Stagger)
            .Or(Ban)
            .Or(Simple(MeasureKind.NoRoad, "no-road", "禁止公路运输"))
            .Named("measure (stop, limit N%, self, exempt, none, stagger, ban trucks below 国五, no-road)");

    public static readonly Parser<MeasureListNode> Measures =
        (from first in Measure
         from rest in Symbol('+').Then(_ => Measure).Many()
         select new MeasureListNode([first, .. rest])).Spanned();

    /// <summary>A whole 一厂一策 cell: measures and nothing after them.</summary>
    public static readonly Parser<MeasureListNode> Cell = Measures.Then(m => Trivia.Then(_ => Parse.Return(m))).End();
}
