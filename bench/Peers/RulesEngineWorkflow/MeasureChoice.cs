using EmergencyDSS.Bench.Peers.Shared;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;
using RulesEngine.Models;

namespace EmergencyDSS.Bench.Peers.RulesEngineWorkflow;

/// <summary>
/// Runs an enterprise through its level's measure workflow and applies the precedence RulesEngine
/// cannot express. Production: livelihood, else own plan, else tables (default table when they say
/// nothing) with seasonal stagger competing. Transport: own plan's, else the cell's competing with
/// the transport rules. Decided per level segment; an advisory-only segment (ozone) cuts nothing.
/// </summary>
internal sealed class MeasureChoice(RulesEngine.RulesEngine engine, IReadOnlyList<string> levels, RuleModel model)
{
    private static readonly Measure NoMeasure = new() { Kind = MeasureKind.None };
    private readonly Measure? _livelihood = model.Livelihood?.Production;
    // Workflow names per industry and level, built once rather than formatted per enterprise.
    private readonly Dictionary<string, string[]> _workflows = MeasureWorkflows.Industries(model)
        .Append(MeasureWorkflows.OtherIndustries)
        .ToDictionary(i => i, i => levels.Select(l => MeasureWorkflows.For(l, i)).ToArray());
    private readonly string[] _defaults = [.. levels.Select(MeasureWorkflows.DefaultFor)];
    private readonly LevelOrder _order = new(levels, model.Episodes.Cumulative);

    public async ValueTask<PeerMeasure> Decide(Enterprise e, LevelSegment ep)
    {
        var levelId = levels[ep.Level];
        if (ep.AdvisoryOnly)
            return new PeerMeasure(e.Id, e.District, levelId, ep.Start, ep.End, "none", null, null, null, null);
        Measure? ownProduction = null, ownTransport = null;
        var hasOwnPlan = false;
        foreach (var cell in e.OwnMeasures)
            if (_order.Applies(cell.Level, ep.Level))
            {
                hasOwnPlan = true;
                Fold(cell.Measures, ref ownProduction, ref ownTransport);
            }
        var facts = new EnterpriseFacts
        {
            Industry = e.Industry, Grade = e.Grade, Livelihood = e.Livelihood, BulkTransport = e.BulkTransport,
            HeavyTrucksPerDay = e.HeavyTrucksPerDay, HasOwnPlan = hasOwnPlan, StartDay = ep.Start.DayNumber, EndDay = ep.End.DayNumber,
        };
        var input = new RuleParameter("e", facts);
        Measure? production = null, transport = null, stagger = null, ruleTransport = null;
        var isLivelihood = false;
        foreach (var r in await engine.ExecuteAllRulesAsync(Workflow(e.Industry, ep.Level), input))
        {
            if (!r.IsSuccess) continue;
            var measures = (IReadOnlyList<Measure>)r.Rule.Properties["measures"];
            switch ((MeasureRuleKind)r.Rule.Properties["kind"])
            {
                case MeasureRuleKind.Table: Fold(measures, ref production, ref transport); break;
                case MeasureRuleKind.Stagger: Fold(measures, ref stagger, ref ruleTransport); break;
                case MeasureRuleKind.Transport: Fold(measures, ref stagger, ref ruleTransport); break;
                case MeasureRuleKind.Livelihood: isLivelihood = true; break;
            }
        }
        // The default table speaks only when the industry tables say nothing at this level.
        if (production is null && transport is null)
            foreach (var r in await engine.ExecuteAllRulesAsync(_defaults[ep.Level], input))
                if (r.IsSuccess) Fold((IReadOnlyList<Measure>)r.Rule.Properties["measures"], ref production, ref transport);
        if (isLivelihood && _livelihood is not null) production = _livelihood;
        else if (ownProduction is not null) production = ownProduction;
        else if (stagger is not null) production = Stringency.Stricter(production, stagger, Stringency.Production);
        if (ownTransport is not null) transport = ownTransport;
        else if (ruleTransport is not null) transport = Stringency.Stricter(transport, ruleTransport, Stringency.Transport);
        production ??= NoMeasure;
        return new PeerMeasure(e.Id, e.District, levelId, ep.Start, ep.End, MeasureNames.Kind(production.Kind),
            production.Kind == MeasureKind.Limit ? production.Percent : null, MeasureNames.Basis(production),
            transport is null ? null : MeasureNames.Kind(transport.Kind),
            transport?.Kind == MeasureKind.Ban ? transport.MinStandard : null);
    }

    private string Workflow(string industry, int level) =>
        (_workflows.TryGetValue(industry, out var names) ? names : _workflows[MeasureWorkflows.OtherIndustries])[level];

    private static void Fold(IReadOnlyList<Measure> measures, ref Measure? production, ref Measure? transport)
    {
        foreach (var m in measures)
            if (m.Category == MeasureCategory.Transport) transport = Stringency.Stricter(transport, m, Stringency.Transport);
            else production = Stringency.Stricter(production, m, Stringency.Production);
    }
}
