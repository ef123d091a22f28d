using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;
using static EmergencyDSS.Dsl.Syntax.Grammar.Lexical;

namespace EmergencyDSS.Dsl.Syntax.Grammar;

/// <summary>Top-level statements. Each is parsed on its own so that one error does not hide the next.</summary>
internal static partial class StatementGrammar
{
    private static Parser<T> Braced<T>(Parser<T> inner) =>
        from open in Symbol('{')
        from body in inner
        from close in Symbol('}')
        select body;

    private static readonly Parser<IReadOnlyList<Name>> Levels =
        from at in Keyword("at", "于")
        from levels in NameList
        select levels;

    private static readonly Parser<(string From, string To, TextSpan FromSpan, TextSpan ToSpan)> DateRange =
        from lo in DateText.TokSpan()
        from dots in Symbol("..")
        from to in DateText.TokSpan()
        select (lo.Value, to.Value, lo.Span, to.Span);

    private static readonly Parser<HeaderItem> HeaderItem =
        (from key in Keyword("version", "版本").Or(Keyword("authority", "发布机关")).Or(Keyword("timezone", "时区"))
             .Or(Keyword("document-prefix", "文号前缀")).Or(Keyword("contact", "联系方式"))
         from text in StringToken
         select new HeaderItem(new Name(key), text, null, null, null))
        .Or(from key in Keyword("effective", "有效期")
            from range in DateRange
            select new HeaderItem(new Name(key), null, range.From, range.To, null))
        .Or(from key in Keyword("acknowledge", "回执")
            from within in Keyword("within", "时限")
            from hours in Hours
            select new HeaderItem(new Name(key), null, null, null, hours))
        .Spanned().Named("header item (version, authority, timezone, effective, document-prefix, contact, acknowledge within)");

    private static readonly Parser<HeaderItem> IssuerItem =
        (from key in Keyword("document-prefix", "文号前缀").Or(Keyword("contact", "联系方式")).Or(Keyword("government", "主送政府"))
             .Or(Keyword("police", "公安交管")).Or(Keyword("portal", "回执平台"))
         from text in StringToken
         select new HeaderItem(new Name(key), text, null, null, null))
        .Spanned().Named("issuer item (document-prefix, contact, government, police, portal)");

    /// <summary><c>issuer 渝北区 "重庆市渝北区生态环境局" { document-prefix "渝北环应急" … }</c>; <c>issuer city …</c> for the city bureau.</summary>
    private static readonly Parser<Statement> Issuer =
        from kw in Keyword("issuer", "发文机关")
        from scope in NameToken
        from authority in StringToken
        from items in Braced(IssuerItem.Many())
        select (Statement)new IssuerStatement(scope, authority, items.ToList());

    private static readonly Parser<Statement> Ruleset =
        from kw in Keyword("ruleset", "规则集")
        from title in NameToken
        from items in Braced(HeaderItem.Many())
        select (Statement)new RulesetStatement(title, items.ToList());

    private static readonly Parser<Statement> Const =
        from kw in Keyword("const", "常量")
        from name in NameToken
        from eq in Symbol('=')
        from value in Number
        select (Statement)new ConstStatement(name, value);

    private static readonly Parser<Statement> Include =
        from kw in Keyword("include", "引用")
        from path in StringToken
        select (Statement)new IncludeStatement(path);

    private static Parser<Statement> NamedList(string kind, params string[] spellings) =>
        from kw in Keyword(spellings)
        from items in Braced(NameList)
        select (Statement)new ListStatement(kind, null, items, null);

    private static Parser<Statement> TitledList(string kind, params string[] spellings) =>
        from kw in Keyword(spellings)
        from title in NameToken
        from description in StringToken.Optional()
        from items in Braced(NameList)
        select (Statement)new ListStatement(kind, title, items, description.GetOrDefault());

    private static readonly Parser<(Name A, Name B)> Link =
        from a in NameToken
        from dash in Symbol("--")
        from b in NameToken
        select (a, b);

    private static readonly Parser<Statement> Neighbours =
        from kw in Keyword("neighbours", "联防联控")
        from links in Braced(Link.CommaList())
        select (Statement)new NeighboursStatement(links);

    private static readonly Parser<Statement> Level =
        from kw in Keyword("level", "预警等级").Or(Keyword("tier", "层级"))
        from id in NameToken
        from title in StringToken
        from response in Keyword("response", "响应").Then(_ => StringToken).Optional()
        from advisory in Keyword("advisory-only", "仅提示").Optional()
        from trigger in Braced(Keyword("when", "当").Then(_ => ConditionGrammar.Trigger))
        select (Statement)new LevelStatement(id, title, response.GetOrDefault(), kw == "tier" || advisory.IsDefined, trigger);

    private static readonly Parser<Statement> Approval =
        from kw in Keyword("approval", "审批")
        from levels in NameList
        from byKw in Keyword("by", "由")
        from approver in NameToken
        select (Statement)new ApprovalStatement(levels, approver);

    private static readonly Parser<Statement> Regional =
        from kw in Keyword("regional", "区域预警")
        from region in NameToken
        from when in Keyword("when", "当")
        from atLeast in Keyword("at").Then(_ => Keyword("least")).Or(Keyword("至少"))
        from n in NumberOrConstant
        from districts in Keyword("districts", "个区县")
        select (Statement)new RegionalStatement(region, n);

    private static readonly Parser<(Name, NumberValue)> PollutantTarget =
        from pollutant in NameToken
        from percent in Percent
        select (pollutant, percent);

    private static readonly Parser<TargetLine> TargetLine =
        (from level in NameToken
         from colon in Symbol(':')
         from targets in PollutantTarget.CommaList()
         select new TargetLine(level, targets)).Spanned();

    private static readonly Parser<(Name, NumberValue)> PollutantTonnes =
        from pollutant in NameToken
        from tonnes in NumberOrConstant
        select (pollutant, tonnes);

    /// <summary>`emissions { 渝北区: SO2 1200, NOx 8000, PM 3000, VOCs 9000 }`: whole-society totals, tonnes a year.</summary>
    private static readonly Parser<Statement> Emissions =
        from kw in Keyword("emissions", "排放总量")
        from lines in Braced((from district in NameToken
                              from colon in Symbol(':')
                              from totals in PollutantTonnes.CommaList()
                              select new TargetLine(district, totals)).Spanned().Many())
        select (Statement)new EmissionsStatement(lines.ToList());

    private static readonly Parser<Statement> Targets =
        from kw in Keyword("targets", "减排目标")
        from lines in Braced(TargetLine.Many())
        select (Statement)new TargetsStatement(lines.ToList());
}
