using EmergencyDSS.Dsl.Syntax.Tree;
using Sprache;
using static EmergencyDSS.Dsl.Syntax.Grammar.Lexical;

namespace EmergencyDSS.Dsl.Syntax.Grammar;

/// <summary>
/// The supervision list (督企清单) and exposure list (曝光名单):
/// <c>supervise after 2 violations within 365 days [counting partly] [template "templates/supervise.sbn"]</c>,
/// <c>expose after 3 violations within 365 days [counting partly]</c>; in Chinese
/// <c>督企督办 累计 2 次未落实 期限 365 天 [计入 部分落实] [模板 "…"]</c> and <c>通报曝光 …</c>.
/// </summary>
internal static partial class StatementGrammar
{
    private static Parser<Statement> ListRule(string kind, params string[] spellings) =>
        from kw in Keyword(spellings)
        from after in Keyword("after", "累计")
        from violations in NumberOrConstant
        from word in Keyword("violations", "次未落实")
        from within in Keyword("within", "期限")
        from days in NumberOrConstant
        from unit in Keyword("days", "天")
        from partly in Keyword("counting", "计入").Then(_ => Keyword("partly", "部分落实")).Optional()
        from template in Keyword("template", "模板").Then(_ => StringToken).Optional()
        select (Statement)new SupervisionStatement(kind, violations, days, partly.IsDefined, template.GetOrDefault());

    // Properties, not fields: the statement tables in another part of this class read them during type initialisation.
    private static Parser<Statement> Supervise => ListRule("supervise", "supervise", "督企督办");
    private static Parser<Statement> Expose => ListRule("expose", "expose", "通报曝光");
}
