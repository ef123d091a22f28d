using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;
using static EmergencyDSS.Dsl.Syntax.Grammar.Lexical;

namespace EmergencyDSS.Dsl.Syntax.Grammar;

/// <summary>Day conditions and series triggers, read bottom-up by precedence: atom, not, and, or, window.</summary>
internal static class ConditionGrammar
{
    private static readonly Parser<CompareOp> Operator =
        Symbol(">=").Return(CompareOp.Ge)
            .Or(Symbol("<=").Return(CompareOp.Le))
            .Or(Symbol("==").Return(CompareOp.Eq))
            .Or(Symbol("!=").Return(CompareOp.Ne))
            .Or(Symbol(">").Return(CompareOp.Gt))
            .Or(Symbol("<").Return(CompareOp.Lt))
            .Or(Symbol("=").Return(CompareOp.Eq))
            .Named("comparison operator");

    private static readonly Parser<IReadOnlyList<Name>> Bracketed =
        from open in Symbol('[')
        from items in NameList
        from close in Symbol(']')
        select items;

    private static readonly Parser<ConditionNode> Warning =
        (from kw in Keyword("warning", "预警")
         from op in Symbol(">=")
         from level in NameToken
         from loc in (from inKw in Keyword("in", "在")
                        from region in Keyword("region", "区域").Optional()
                        from name in NameToken
                        select (name, region.IsDefined)).Optional()
         select (ConditionNode)new WarningNode(level, loc.IsDefined ? loc.Get().name : null,
             loc.IsDefined && loc.Get().IsDefined)).Spanned();

    private static readonly Parser<ConditionNode> DateRange =
        (from kw in Keyword("date", "日期")
         from inKw in Keyword("in", "在")
         from lo in DateText.TokSpan()
         from dots in Symbol("..")
         from to in DateText.TokSpan()
         select (ConditionNode)new DateNode(lo.Value, to.Value, lo.Span, to.Span)).Spanned();

    private static readonly Parser<ConditionNode> Membership =
        (from field in NameToken
         from inKw in Keyword("in")
         from values in Bracketed
         select (ConditionNode)new InNode(field, values)).Spanned();

    private static readonly Parser<ConditionNode> Comparison =
        (from field in NameToken
         from op in Operator
         from value in Number.Select(n => ((Name?)null, (NumberValue?)n)).Or(NameToken.Select(w => ((Name?)w, (NumberValue?)null)))
         select (ConditionNode)new CompareNode(field, op, value.Item1, value.Item2)).Spanned();

    private static readonly Parser<ConditionNode> Atom =
        Warning.Or(DateRange).Or(Membership).Or(Comparison).Named("condition");

    private static readonly Parser<ConditionNode> Primary =
        Parse.Ref(() => Parenthesised).Or(Parse.Ref(() => Negated)).Or(Atom);

    private static readonly Parser<ConditionNode> Parenthesised =
        from open in Symbol('(')
        from inner in Parse.Ref(() => Condition)
        from close in Symbol(')')
        select inner;

    private static readonly Parser<ConditionNode> Negated =
        (from kw in Keyword("not", "非") from inner in Primary select (ConditionNode)new NotNode(inner)).Spanned();

    private static readonly Parser<ConditionNode> Conjunction =
        (from first in Primary
         from rest in Keyword("and", "且").Then(_ => Primary).Many()
         select rest.Any() ? new AndNode([first, .. rest]) : first).Spanned();

    /// <summary>A full day condition with and/or/not and parentheses.</summary>
    public static readonly Parser<ConditionNode> Condition =
        (from first in Conjunction
         from rest in Keyword("or", "或").Then(_ => Conjunction).Many()
         select rest.Any() ? new OrNode([first, .. rest]) : first).Spanned();

    /// <summary>What a window counts: an and-chain of atoms, or any condition in parentheses.</summary>
    private static readonly Parser<ConditionNode> WindowCondition =
        Parenthesised.Or(
            (from first in Atom
             from rest in Keyword("and", "且").Then(_ => Atom).Many()
             select rest.Any() ? new AndNode([first, .. rest]) : first).Spanned());

    private static readonly Parser<string> Days = Keyword("days", "天").Or(Keyword("day", "日"));

    private static readonly Parser<NumberValue> DayCount =
        Keyword("any", "任意").Then(_ => Days).Return(new NumberValue(1)).Spanned()
            .Or(from n in NumberOrConstant from c in Keyword("consecutive", "连续").Optional() from d in Days select n);

    private static readonly Parser<(ConditionNode Some, NumberValue AtLeast)> WithClause =
        from withKw in Keyword("with", "其中")
        from some in WindowCondition
        from onKw in Keyword("on")
        from at in Keyword("at").Then(_ => Keyword("least")).Or(Keyword("至少"))
        from n in NumberOrConstant
        from d in Days
        select (some, n);

    private static readonly Parser<TriggerNode> Window =
        (from each in WindowCondition
         from onKw in Keyword("on", "持续")
         from days in DayCount
         from withKw in WithClause.Optional()
         select (TriggerNode)new WindowNode(each, days, withKw.IsDefined ? withKw.Get().Some : null,
             withKw.IsDefined ? withKw.Get().AtLeast : null)).Spanned().Named("window like `aqi > 150 on 2 consecutive days`");

    private static readonly Parser<TriggerNode> TriggerPrimary =
        Window.Or(from open in Symbol('(') from inner in Parse.Ref(() => Trigger) from close in Symbol(')') select inner);

    private static readonly Parser<TriggerNode> TriggerConjunction =
        (from first in TriggerPrimary
         from rest in Keyword("and", "且").Then(_ => TriggerPrimary).Many()
         select rest.Any() ? new AllTriggerNode([first, .. rest]) : first).Spanned();

    /// <summary>Windows joined with and/or.</summary>
    public static readonly Parser<TriggerNode> Trigger =
        (from first in TriggerConjunction
         from rest in Keyword("or", "或").Then(_ => TriggerConjunction).Many()
         select rest.Any() ? new AnyTriggerNode([first, .. rest]) : first).Spanned();
}
