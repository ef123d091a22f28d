using EmergencyDSS.Bench.Peers.Shared;
using EmergencyDSS.Dsl.Model;
using RulesEngine.Models;

namespace EmergencyDSS.Bench.Peers.RulesEngineWorkflow;

/// <summary>
/// The ruleset's tables and policies as RulesEngine workflows over an <see cref="EnterpriseFacts"/> `e`.
/// Per level, one workflow per industry with a table or stagger calendar (its table rows, stagger
/// periods, the transport rules, livelihood and own plan), one for every other industry, and one for
/// the default table, which the host runs only when no table row matched. Splitting by industry keeps
/// each call to the few rules that can apply, as a careful RulesEngine user would.
/// </summary>
internal static class MeasureWorkflows
{
    /// <summary>The workflow name for industries without a table of their own.</summary>
    public const string OtherIndustries = "*";

    public static string For(string level, string industry) => $"measures-{level}-{industry}";
    public static string DefaultFor(string level) => $"default-{level}";

    /// <summary>The industries that have a workflow of their own.</summary>
    public static IReadOnlyList<string> Industries(RuleModel model) =>
        [.. model.Tables.SelectMany(t => t.Industries).Concat(model.Staggering.SelectMany(s => s.Industries)).Distinct()];

    public static IEnumerable<Workflow> Build(RuleModel model, IReadOnlyList<string> levels)
    {
        for (var at = 0; at < levels.Count; at++)
        {
            var level = levels[at];
            foreach (var industry in Industries(model).Append(OtherIndustries))
                yield return new Workflow { WorkflowName = For(level, industry), Rules = IndustryRules(model, levels, at, industry) };

            var defaults = model.DefaultTable?.Rows.Select(row => Make($"table:{model.DefaultTable.Name}[{string.Join(",", row.Grades)}]/{level}",
                AnyOf("e.Grade", row.Grades), MeasureRuleKind.Default, CellMeasures(row, levels, at, model.Episodes.Cumulative))).ToList() ?? [];
            // RulesEngine refuses a workflow without rules; a rule that never holds stands in.
            if (defaults.Count == 0) defaults.Add(Make("no-default-table", "false", MeasureRuleKind.Default, []));
            yield return new Workflow { WorkflowName = DefaultFor(level), Rules = defaults };
        }
    }

    private static List<Rule> IndustryRules(RuleModel model, IReadOnlyList<string> levels, int at, string industry)
    {
        var level = levels[at];
        var rules = new List<Rule>();
        foreach (var table in model.Tables.Where(t => t.Industries.Contains(industry)))
            foreach (var row in table.Rows)
                rules.Add(Make($"table:{table.Name}[{string.Join(",", row.Grades)}]/{level}", AnyOf("e.Grade", row.Grades),
                    MeasureRuleKind.Table, CellMeasures(row, levels, at, model.Episodes.Cumulative)));
        foreach (var calendar in model.Staggering.Where(s => s.Industries.Contains(industry)))
            foreach (var (period, i) in calendar.Periods.Select((p, i) => (p, i)))
                // RulesEngine needs rule names unique within a workflow; a calendar has several periods.
                rules.Add(Make($"stagger:{calendar.Name}#{i + 1}",
                    $"e.StartDay <= {period.To.DayNumber} && e.EndDay >= {period.From.DayNumber}{AndAnyOf("e.Grade", period.Grades)}",
                    MeasureRuleKind.Stagger, [period.Measure]));
        var order = new LevelOrder(levels, model.Episodes.Cumulative);
        foreach (var transport in model.Transport.Where(t => order.Applies(t.Levels, at)))
            rules.Add(Make($"transport:{transport.Name}",
                (transport.MinHeavyTrucks is { } trucks ? $"e.HeavyTrucksPerDay >= {trucks}" : "e.BulkTransport") + AndAnyOf("e.Grade", transport.Grades),
                MeasureRuleKind.Transport, [transport.Measure]));
        if (model.Livelihood is { } livelihood)
            rules.Add(Make("livelihood", "e.Livelihood", MeasureRuleKind.Livelihood, [livelihood.Production]));
        rules.Add(Make("一厂一策", "e.HasOwnPlan", MeasureRuleKind.OwnPlan, []));
        return rules;
    }

    private static IReadOnlyList<Measure> CellMeasures(MeasureRow row, IReadOnlyList<string> levels, int at, bool cumulative) =>
        [.. row.Cells.Where(c => IndexOf(levels, c.Level) is var i && (i == at || (cumulative && i >= 0 && i < at)))
            .SelectMany(c => c.Measures)];

    private static int IndexOf(IReadOnlyList<string> levels, string id)
    {
        for (var i = 0; i < levels.Count; i++) if (levels[i] == id) return i;
        return -1;
    }

    private static Rule Make(string name, string expression, MeasureRuleKind kind, IReadOnlyList<Measure> measures) => new()
    {
        RuleName = name,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
        Properties = new Dictionary<string, object> { ["kind"] = kind, ["measures"] = measures },
    };

    private static string AnyOf(string member, IReadOnlyList<string> values) =>
        "(" + string.Join(" || ", values.Select(v => $"{member} == \"{v}\"")) + ")";

    private static string AndAnyOf(string member, IReadOnlyList<string> values) =>
        values.Count == 0 ? "" : " && " + AnyOf(member, values);
}
