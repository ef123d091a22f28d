using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>
/// Conflict resolution for one enterprise at one level: livelihood policy, then its own 一厂一策 plan,
/// then the most stringent table cell (with any seasonal stagger period competing), else none;
/// transport from its own plan, else the cell competing with the transport rules for bulk transport.
/// Transport rules apply to bulk-transport enterprises, or, with `for heavy trucks >= N`, to 重点用车单位.
/// A ruling depends only on the enterprise's profile (industry, grade, livelihood, bulk transport, heavy trucks a day) or,
/// with an own plan, on the enterprise itself, plus the level and which stagger periods overlap the
/// episode — so each is made once and kept for the plan's life.
/// </summary>
internal sealed class EnterpriseRulings(PlanContext plan)
{
    private readonly ConcurrentDictionary<(string, string, bool, bool, int, int, ulong), EnterpriseRuling> _byProfile = new();
    private readonly ConditionalWeakTable<Enterprise, ConcurrentDictionary<(int, ulong), EnterpriseRuling>> _ownPlans = [];
    private readonly StaggerPeriods _stagger = new(plan.Model);

    private RuleModel Model => plan.Model;

    /// <summary>The ruling for <paramref name="e"/> in an episode of <paramref name="rank"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public EnterpriseRuling For(Enterprise e, int rank, DateOnly start, DateOnly end)
    {
        var overlapping = plan.StaggeredIndustries.Contains(e.Industry) ? _stagger.Overlapping(e, start, end) : 0UL;
        if (overlapping == StaggerPeriods.TooMany) return Rule(e, rank, _stagger.Candidates(e, start, end));
        // Static factories with an argument: a look-up that hits allocates nothing.
        if (e.OwnMeasures.Count > 0)
            return _ownPlans.GetValue(e, static _ => new()).GetOrAdd((rank, overlapping),
                static (k, a) => a.Rulings.Rule(a.E, k.Item1, a.Rulings._stagger.Candidates(k.Item2)), (Rulings: this, E: e));
        return _byProfile.GetOrAdd((e.Industry, e.Grade, e.Livelihood, e.BulkTransport, e.HeavyTrucksPerDay, rank, overlapping),
            static (k, a) => a.Rulings.Rule(a.E, k.Item6, a.Rulings._stagger.Candidates(k.Item7)), (Rulings: this, E: e));
    }

    private EnterpriseRuling Rule(Enterprise e, int rank, IReadOnlyList<MeasureCandidate> staggered)
    {
        var (tableProduction, tableTransport) = plan.Measures.For(e.Industry, e.Grade, rank);
        var own = OwnCandidates(e, rank);
        MeasureChoice production;
        if (e.Livelihood && Model.Livelihood is { } livelihood)
            production = new MeasureChoice(new MeasureCandidate(livelihood.Production, "livelihood", $"依据{Provisions.Name("livelihood")}：{MeasureText.Of(livelihood.Production)}"), RuleIds(tableProduction, own.Production));
        else if (own.Production.Count > 0)
            production = new MeasureChoice(MeasureChoice.Resolve(own.Production).Winner, RuleIds(tableProduction, []));
        else
            production = MeasureChoice.Resolve(staggered.Count > 0 ? [.. tableProduction, .. staggered] : tableProduction);

        MeasureChoice transport;
        if (own.Transport.Count > 0) transport = new MeasureChoice(MeasureChoice.Resolve(own.Transport).Winner, RuleIds(tableTransport, []));
        else transport = MeasureChoice.Resolve([.. tableTransport, .. TransportRules(e, rank)]);

        var who = $"{Terms.Industry(e.Industry)}{Terms.Grades([e.Grade])}企业";
        var productionRuling = production.Winner is { } p
            ? Ruling(p, $"{who}，{p.Where}", production.Losers, Model.Levels)
            : new MeasureRuling(new Measure { Kind = MeasureKind.None }, "table:none", $"{who}：{Terms.Level(plan.LevelId(rank), Model.Levels)}期间不要求停限产", []);
        return new EnterpriseRuling(productionRuling, transport.Winner is { } t ? Ruling(t, $"{who}，{t.Where}", transport.Losers, Model.Levels) : null);
    }

    private static MeasureRuling Ruling(MeasureCandidate winner, string explanation, IReadOnlyList<string> losers, IReadOnlyList<LevelModel> levels) =>
        new(winner.Measure, winner.Rule, losers.Count == 0 ? explanation : $"{explanation}；{Provisions.SetAside(winner.Rule, losers, levels)}", losers);

    private static IReadOnlyList<string> RuleIds(IReadOnlyList<MeasureCandidate> a, IReadOnlyList<MeasureCandidate> b) =>
        a.Concat(b).Select(c => c.Rule).Distinct().ToList();

    private (List<MeasureCandidate> Production, List<MeasureCandidate> Transport) OwnCandidates(Enterprise e, int rank)
    {
        var production = new List<MeasureCandidate>();
        var transport = new List<MeasureCandidate>();
        foreach (var cell in e.OwnMeasures)
        {
            if (!plan.Applies([cell.Level], rank)) continue;
            var rule = $"一厂一策:{e.Id}/{cell.Level}";
            var where = $"依据{Provisions.Name(rule, Model.Levels)}：{MeasureText.Cell(cell.Measures)}";
            foreach (var m in cell.Measures)
                (m.Category == MeasureCategory.Production ? production : transport).Add(new MeasureCandidate(m, rule, where));
        }
        return (production, transport);
    }

    private IEnumerable<MeasureCandidate> TransportRules(Enterprise e, int rank) =>
        Model.Transport
            .Where(t => plan.Applies(t.Levels, rank) && (t.Grades.Count == 0 || t.Grades.Contains(e.Grade))
                        && (t.MinHeavyTrucks is { } trucks ? e.HeavyTrucksPerDay >= trucks : e.BulkTransport))
            .Select(t => new MeasureCandidate(t.Measure, $"transport:{t.Name}", $"依据{Provisions.Name($"transport:{t.Name}")}：{MeasureText.Of(t.Measure)}"));
}
