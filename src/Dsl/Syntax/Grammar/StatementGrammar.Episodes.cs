using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;
using static EmergencyDSS.Dsl.Syntax.Grammar.Lexical;

namespace EmergencyDSS.Dsl.Syntax.Grammar;

internal static partial class StatementGrammar
{
    private static EpisodeItem Item(string kind, NumberValue? hours = null, Name? level = null, IReadOnlyList<Name>? values = null,
        IReadOnlyList<(Name, NumberValue)>? rebroadcast = null, string? time = null) =>
        new(kind, hours, level, values ?? [], rebroadcast ?? [], time);

    private static readonly Parser<(Name, NumberValue)> LevelHours =
        from level in NameToken
        from hours in Hours
        select (level, hours);

    /// <summary>Episode policy items: lift, lead time, start time, advisory-only pollutants, rebroadcast, cumulative, damping.</summary>
    private static readonly Parser<EpisodeItem> EpisodeItem =
        (from kw in Keyword("lift", "解除")
         from after in Keyword("after", "持续")
         from hours in Hours
         from below in Keyword("below", "低于")
         from level in NameToken
         select Item("lift", hours, level))
        .Or(from kw in Keyword("lead", "提前")
            from time in Keyword("time", "发布")
            from hours in Hours
            select Item("lead", hours))
        .Or(from kw in Keyword("start", "开始")
            from at in Keyword("at", "于")
            from time in Clock
            select Item("start", time: time))
        .Or(from kw in Keyword("advisory", "仅提示")
            from only in Keyword("only").Optional()
            from when in Keyword("when", "当")
            from field in Keyword("primary_pollutant", "首要污染物")
            from inKw in Keyword("in")
            from open in Symbol('[')
            from values in NameList
            from close in Symbol(']')
            select Item("advisory", values: values))
        .Or(from kw in Keyword("rebroadcast", "滚动发布")
            from items in LevelHours.CommaList()
            select Item("rebroadcast", rebroadcast: items))
        .Or(Keyword("cumulative", "累加").Select(_ => Item("cumulative")))
        .Or(from kw in Keyword("damping", "防反复")
            from hours in Hours
            select Item("damping", hours))
        .Spanned().Named("episode rule (lift after, lead time, start at, advisory only when, rebroadcast, cumulative, damping)");
}
