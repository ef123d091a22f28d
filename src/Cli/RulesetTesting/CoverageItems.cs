using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>
/// What a ruleset's tests can exercise, named by the rule ids decisions carry: each level's trigger
/// (<c>level:…</c>), regional rule, table cell (<c>table:NAME[GRADES]/LEVEL</c>), livelihood,
/// transport, construction, traffic, advisory, rainfall, party and staggering rule, and each notice
/// template (<c>template:NAME</c>), and the supervision and exposure lines (<c>list:supervise</c>, <c>list:expose</c>:
/// exercised when a test's inspections put an enterprise on the list).
/// </summary>
internal static class CoverageItems
{
    public static IReadOnlyList<string> Of(RuleModel model)
    {
        var items = new List<string>();
        items.AddRange(model.Levels.Select(l => $"level:{l.Id}"));
        items.AddRange(model.RegionalWarnings.Select(r => $"regional:{r.Region}"));
        foreach (var table in model.Tables.Append(model.DefaultTable).OfType<MeasureTable>())
        foreach (var row in table.Rows)
        foreach (var cell in row.Cells)
            items.Add($"table:{table.Name}[{string.Join(",", row.Grades)}]/{cell.Level}");
        if (model.Livelihood is not null) items.Add("livelihood");
        items.AddRange(model.Transport.Select(t => $"transport:{t.Name}"));
        items.AddRange(model.Staggering.Select(s => $"stagger:{s.Name}"));
        items.AddRange(model.Construction.Select(c => $"construction:{c.Name}"));
        items.AddRange(model.Traffic.Select(t => $"traffic:{t.Name}"));
        items.AddRange(model.Advisories.Select(a => $"advisory:{a.Name}"));
        items.AddRange(model.Rainfall.Select(r => $"rainfall:{r.Name}"));
        items.AddRange(model.Rules.Select(r => $"rule:{r.Name}"));
        items.AddRange(Engine.Evaluation.Actions.JointResponseAction.Links(model).Select(l => Engine.Evaluation.Actions.JointResponseAction.RuleId(l.District, l.Neighbour)));
        items.AddRange(model.Templates.Select(t => $"template:{t.Name}"));
        if (model.Supervise is not null) items.Add("list:supervise");
        if (model.Expose is not null) items.Add("list:expose");
        return items.Distinct(StringComparer.Ordinal).ToList();
    }
}
