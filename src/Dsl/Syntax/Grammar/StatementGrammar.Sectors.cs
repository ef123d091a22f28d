using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;
using static EmergencyDSS.Dsl.Syntax.Grammar.Lexical;

namespace EmergencyDSS.Dsl.Syntax.Grammar;

internal static partial class StatementGrammar
{
    private static readonly Parser<string> GradeWord =
        Parse.Char(c => !char.IsWhiteSpace(c) && c is not (',' or '|' or '{' or '}' or '#' or '"' or ':'), "grade").AtLeastOnce().Text();

    private static readonly Parser<IReadOnlyList<Name>> Grades =
        GradeWord.Select(g => new Name(g)).Spanned().Named("grade").CommaList();

    private static readonly Parser<RowNode> Row =
        (from grades in Grades
         from cells in Symbol('|').Then(_ => TableCellGrammar.Cell).AtLeastOnce()
         select new RowNode(grades, cells.ToList())).Spanned();

    private static readonly Parser<IReadOnlyList<Name>> Columns =
        from cells in Symbol('|').Then(_ => NameToken).AtLeastOnce()
        select (IReadOnlyList<Name>)cells.ToList();

    private static readonly Parser<Statement> Table =
        from isDefault in Keyword("default", "默认").Optional()
        from kw in Keyword("table", "减排措施表")
        from title in NameToken
        from industries in Keyword("for", "适用").Then(_ => NameList).Optional()
        from body in Braced(from columns in Columns from rows in Row.Many() select (columns, rows))
        select (Statement)new TableStatement(title, isDefault.IsDefined, industries.GetOrElse([]), body.columns, body.rows.ToList());

    private static readonly Parser<Statement> Livelihood =
        from kw in Keyword("livelihood", "民生保障")
        from colon in Symbol(':')
        from measures in MeasureGrammar.Measures
        select (Statement)new LivelihoodStatement(measures);

    private static readonly Parser<IReadOnlyList<Name>> ForGrades =
        Keyword("for").Then(_ => Keyword("grades")).Or(Keyword("grades", "绩效等级")).Then(_ => Grades);

    /// <summary>`for heavy trucks >= 20` / `重点用车 >= 20`: heavy diesel truck trips a day.</summary>
    private static readonly Parser<NumberValue> HeavyTrucks =
        Keyword("for").Then(_ => Keyword("heavy")).Then(_ => Keyword("trucks")).Or(Keyword("重点用车"))
            .Then(_ => Symbol(">=")).Then(_ => NumberOrConstant);

    private static readonly Parser<Statement> Transport =
        from kw in Keyword("transport", "运输管控")
        from title in NameToken
        from levels in Levels
        from grades in ForGrades.Optional()
        from trucks in HeavyTrucks.Optional()
        from colon in Symbol(':')
        from measures in MeasureGrammar.Measures
        from text in StringToken.Optional()
        select (Statement)new TransportStatement(title, levels, grades.GetOrElse([]), measures)
        { MinHeavyTrucks = trucks.GetOrDefault(), Text = text.GetOrDefault() };

    private static readonly Parser<StaggerPeriodNode> StaggerPeriod =
        (from range in DateRange
         from grades in ForGrades.Optional()
         from colon in Symbol(':')
         from measures in MeasureGrammar.Measures
         from reason in StringToken
         select new StaggerPeriodNode(range.From, range.To, range.FromSpan, range.ToSpan, grades.GetOrElse([]), measures, reason)).Spanned();

    private static readonly Parser<Statement> Stagger =
        from kw in Keyword("stagger", "错峰生产")
        from title in NameToken
        from industries in Keyword("for", "适用").Then(_ => NameList)
        from periods in Braced(StaggerPeriod.Many())
        select (Statement)new StaggerStatement(title, industries, periods.ToList());

    private static readonly Parser<(Name Action, NumberValue? Times)> SiteAction =
        Keyword("wash", "冲洗").Then(_ => from n in NumberOrConstant from per in Keyword("per", "次每").Then(_ => Keyword("day", "日")) select (new Name("wash"), (NumberValue?)n))
            .Or(Keyword("stop", "停工").Select(_ => (new Name("stop"), (NumberValue?)null)))
            .Or(Keyword("sprinkle", "洒水").Select(_ => (new Name("sprinkle"), (NumberValue?)null)))
            .Or(Keyword("suspend-machinery", "停用非道路机械").Select(_ => (new Name("suspend-machinery"), (NumberValue?)null)))
            .Named("site action (stop, wash N per day, sprinkle, suspend-machinery)");

    private static readonly Parser<Statement> Construction =
        from kw in Keyword("construction", "施工管控")
        from title in NameToken
        from levels in Levels
        from colon in Symbol(':')
        from kinds in Keyword("kind", "类型").Then(_ => NameList).Optional()
        from stages in Keyword("stage", "阶段").Then(_ => NameList).Optional()
        from labels in Keyword("label", "标志").Then(_ => NameList).Optional()
        from action in SiteAction.Tok()
        from exempt in Symbol(',').Then(_ => Keyword("exempt", "豁免")).Then(_ => Keyword("key")).Then(_ => Keyword("projects")).Optional()
        from except in Symbol(',').Then(_ => Keyword("except", "除")).Then(_ => Keyword("label", "标志")).Then(_ => NameList).Optional()
        from text in StringToken.Optional()
        select (Statement)new ConstructionStatement(title, levels, kinds.GetOrElse([]), stages.GetOrElse([]), action.Action,
            action.Times, exempt.IsDefined, text.GetOrDefault())
        { Labels = labels.GetOrElse([]), ExceptLabels = except.GetOrElse([]) };

    private static readonly Parser<Statement> Traffic =
        from kw in Keyword("traffic", "交通管控")
        from title in NameToken
        from zone in Keyword("in", "在").Then(_ => NameToken)
        from levels in Levels.Optional()
        from effective in Keyword("from", "自").Then(_ => DateText.TokSpan()).Optional()
        from colon in Symbol(':')
        from ban in Keyword("ban", "禁行")
        from vehicle in NameToken
        from standard in Keyword("below", "低于").Then(_ => NameToken).Optional()
        from hours in Keyword("hours", "时段").Then(_ => ClockRange).Optional()
        from exempt in Keyword("except", "除外").Then(_ => NameList).Optional()
        select (Statement)new TrafficStatement(title, zone, levels.GetOrElse([]), vehicle, standard.GetOrDefault(), hours.GetOrDefault(), exempt.GetOrElse([]))
        {
            EffectiveFrom = effective.IsDefined ? effective.Get().Value : null,
            EffectiveSpan = effective.IsDefined ? effective.Get().Span : default,
        };

    private static readonly Parser<Statement> Advisory =
        from kw in Keyword("advisory", "公众提示")
        from title in NameToken
        from kind in NameToken
        from levels in Levels
        from pollutants in Keyword("for", "适用").Then(_ => NameList).Optional()
        from colon in Symbol(':')
        from text in StringToken
        select (Statement)new AdvisoryStatement(title, kind, levels, text) { Pollutants = pollutants.GetOrElse([]) };

    private static readonly Parser<Statement> Rainfall =
        from kw in Keyword("rainfall", "人工增雨")
        from title in NameToken
        from levels in Levels
        from when in Keyword("when", "当")
        from weather in ConditionGrammar.Condition
        from colon in Symbol(':')
        from request in Keyword("request", "申请")
        from requestee in NameToken
        from template in Keyword("template", "模板").Then(_ => NameToken).Optional()
        from noAirspace in Keyword("without").Then(_ => Keyword("airspace")).Then(_ => Keyword("approval")).Optional()
        select (Statement)new RainfallStatement(title, levels, weather, requestee, template.GetOrDefault(), noAirspace.IsDefined);

    private static readonly Parser<Statement> Rule =
        from kw in Keyword("rule", "规则")
        from title in NameToken
        from body in Braced(
            from when in Keyword("when", "当")
            from condition in ConditionGrammar.Condition
            from then in Keyword("then", "则")
            from party in NameToken
            from must in Keyword("must", "须")
            from action in StringToken
            from template in Keyword("template", "模板").Then(_ => NameToken).Optional()
            select new RuleStatement(title, condition, party, action, template.GetOrDefault()))
        select (Statement)body;

    private static readonly Parser<Statement> Template =
        from kw in Keyword("template", "模板")
        from title in NameToken
        from path in StringToken
        from events in Keyword("for", "用于").Then(_ => NameList)
        from subjects in Keyword("of", "对象").Then(_ => NameList)
        select (Statement)new TemplateStatement(title, path, events, subjects);

    private static readonly Parser<Statement> Episodes =
        from kw in Keyword("episodes", "过程")
        from items in Braced(EpisodeItem.Many())
        select (Statement)new EpisodesStatement(items.ToList());

    private static readonly Parser<Statement> Districts = NamedList("districts", "districts", "区县");
    private static readonly Parser<Statement> Industries = NamedList("industries", "industries", "行业");
    private static readonly Parser<Statement> GradeList = NamedList("grades", "grades", "绩效分级");
    private static readonly Parser<Statement> Region = TitledList("region", "region", "区域");
    private static readonly Parser<Statement> Zone = TitledList("zone", "zone", "管控区");

    /// <summary>Any one top-level statement, its span stamped (tries every kind: used to report errors well).</summary>
    public static readonly Parser<Statement> Statement =
        Ruleset.Or(Const).Or(Include).Or(Districts).Or(Industries).Or(GradeList).Or(Region).Or(Zone)
            .Or(Neighbours).Or(Level).Or(Episodes).Or(Approval).Or(Regional).Or(Targets).Or(Emissions)
            .Or(Table).Or(Livelihood).Or(Transport).Or(Stagger).Or(Construction).Or(Traffic).Or(Advisory)
            .Or(Rainfall).Or(Rule).Or(Template).Or(Issuer).Or(Supervise).Or(Expose)
            .Spanned().Named("statement");

    /// <summary>The statement parser for each opening keyword (English and Chinese), so a statement is parsed by one rule, not tried against all.</summary>
    public static readonly IReadOnlyDictionary<string, Parser<Statement>> ByKeyword = new (string[] Keywords, Parser<Statement> Parser)[]
    {
        (["ruleset", "规则集"], Ruleset), (["const", "常量"], Const), (["include", "引用"], Include), (["districts", "区县"], Districts),
        (["industries", "行业"], Industries), (["grades", "绩效分级"], GradeList), (["region", "区域"], Region), (["zone", "管控区"], Zone),
        (["neighbours", "联防联控"], Neighbours), (["level", "预警等级", "tier", "层级"], Level), (["episodes", "过程"], Episodes),
        (["approval", "审批"], Approval), (["regional", "区域预警"], Regional), (["targets", "减排目标"], Targets),
        (["emissions", "排放总量"], Emissions),
        (["table", "减排措施表", "default", "默认"], Table), (["livelihood", "民生保障"], Livelihood), (["transport", "运输管控"], Transport),
        (["stagger", "错峰生产"], Stagger), (["construction", "施工管控"], Construction), (["traffic", "交通管控"], Traffic),
        (["advisory", "公众提示"], Advisory), (["rainfall", "人工增雨"], Rainfall), (["rule", "规则"], Rule), (["template", "模板"], Template),
        (["issuer", "发文机关"], Issuer), (["supervise", "督企督办"], Supervise), (["expose", "通报曝光"], Expose),
    }.SelectMany(e => e.Keywords.Select(k => (k, e.Parser.Spanned().Named("statement")))).ToDictionary(e => e.k, e => e.Item2, StringComparer.Ordinal);
}
