using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>
/// Episode ⋈ Enterprise on district: one production measure per enterprise (livelihood, then its own
/// 一厂一策 plan, then the most stringent table cell or staggering period), plus a transport measure
/// where one applies. Losing rules are named in the decision.
/// </summary>
internal sealed class EnterpriseMeasureRule : ProductionRule<Episode>
{
    public override string Name => "enterprise-measures";
    public override int Salience => Rules.Salience.Measures;

    /// <summary>Joins the episode with its district's enterprises (one indexed look-up); fires once for the whole tuple set.</summary>
    protected override void Match(Episode fact, WorkingMemory memory, Agenda agenda)
    {
        foreach (var district in memory.Keyed<DistrictEnterprises>(fact.District)) agenda.Add(new Activation(this, fact, district));
    }

    public override void Fire(Activation activation, Session session)
    {
        var episode = (Episode)activation.Fact;
        var district = (DistrictEnterprises)activation.Joined!;
        var cache = new EpisodeMeasureCache(episode);
        var tally = session.Sink.Tally(episode);
        var calendared = session.Plan.StaggeredIndustries;
        for (var i = 0; i < district.Enterprises.Length; i++)
        {
            var enterprise = district.Enterprises[i];
            var (production, transport) = Decide(episode, enterprise, session.Plan, cache, calendared);
            var p = production with { Target = enterprise.Id, TargetName = enterprise.Name };
            session.Sink.AddEnterprise(district.Ranks[i], p);
            tally.Add(enterprise, Accounting.ReductionAccounting.CutFraction(p));
            if (transport is not null) session.Sink.AddEnterprise(district.Ranks[i], transport with { Target = enterprise.Id, TargetName = enterprise.Name });
        }
    }

    private static (MeasureDecision Production, MeasureDecision? Transport) Decide(Episode episode, Enterprise e, PlanContext plan, EpisodeMeasureCache cache, HashSet<string> calendared)
    {
        if (episode.AdvisoryOnly) return (cache.AdvisoryOnly(plan), null);
        // Without an own plan the decision depends only on industry, grade, livelihood and bulk transport: decide once per episode.
        if (e.OwnMeasures.Count > 0) return Compute(episode, e, plan, calendared);
        var key = (e.Industry, e.Grade, e.Livelihood, e.BulkTransport);
        if (cache.TryGet(key, out var cached)) return cached;
        var computed = Compute(episode, e, plan, calendared);
        cache.Add(key, computed);
        return computed;
    }

    private static (MeasureDecision Production, MeasureDecision? Transport) Compute(Episode episode, Enterprise e, PlanContext plan, HashSet<string> calendared)
    {

        var (tableProduction, tableTransport) = plan.Measures.For(e.Industry, e.Grade, episode.Rank);
        var own = OwnCandidates(e, episode.Rank, plan);
        MeasureChoice production;
        if (e.Livelihood && plan.Model.Livelihood is { } livelihood)
            production = new MeasureChoice(new MeasureCandidate(livelihood.Production, "livelihood", $"民生保障企业：{MeasureText.Of(livelihood.Production)}"), RuleIds(tableProduction, own.Production));
        else if (own.Production.Count > 0)
            production = new MeasureChoice(MeasureChoice.Resolve(own.Production).Winner, RuleIds(tableProduction, []));
        else
            production = MeasureChoice.Resolve(calendared.Contains(e.Industry) ? [.. tableProduction, .. Staggered(e, episode, plan)] : tableProduction);

        MeasureChoice transport;
        if (own.Transport.Count > 0) transport = new MeasureChoice(MeasureChoice.Resolve(own.Transport).Winner, RuleIds(tableTransport, []));
        else transport = MeasureChoice.Resolve([.. tableTransport, .. e.BulkTransport ? TransportRules(e, episode.Rank, plan) : []]);

        return (MeasureDecisions.Production(episode, e.Industry, e.Grade, production), MeasureDecisions.Transport(episode, e.Industry, e.Grade, transport));
    }

    private static IReadOnlyList<string> RuleIds(IReadOnlyList<MeasureCandidate> a, IReadOnlyList<MeasureCandidate> b) =>
        a.Concat(b).Select(c => c.Rule).Distinct().ToList();

    private static (List<MeasureCandidate> Production, List<MeasureCandidate> Transport) OwnCandidates(Enterprise e, int rank, PlanContext plan)
    {
        var production = new List<MeasureCandidate>();
        var transport = new List<MeasureCandidate>();
        foreach (var cell in e.OwnMeasures)
        {
            if (!plan.Applies([cell.Level], rank)) continue;
            var rule = $"一厂一策:{e.Id}/{cell.Level}";
            var where = $"依据本企业一厂一策（{cell.Level}）：{MeasureText.Cell(cell.Measures)}";
            foreach (var m in cell.Measures)
                (m.Category == MeasureCategory.Production ? production : transport).Add(new MeasureCandidate(m, rule, where));
        }
        return (production, transport);
    }

    private static IEnumerable<MeasureCandidate> Staggered(Enterprise e, Episode episode, PlanContext plan)
    {
        foreach (var calendar in plan.Model.Staggering)
        {
            if (!calendar.Industries.Contains(e.Industry)) continue;
            foreach (var p in calendar.Periods)
                if (p.From <= episode.End && p.To >= episode.Start && (p.Grades.Count == 0 || p.Grades.Contains(e.Grade)))
                    yield return new MeasureCandidate(p.Measure, $"stagger:{calendar.Name}", $"依据错峰生产安排 {calendar.Name}（{p.From:yyyy-MM-dd} 至 {p.To:yyyy-MM-dd}，{p.Reason}）：{MeasureText.Of(p.Measure)}");
        }
    }

    private static IEnumerable<MeasureCandidate> TransportRules(Enterprise e, int rank, PlanContext plan) =>
        plan.Model.Transport
            .Where(t => plan.Applies(t.Levels, rank) && (t.Grades.Count == 0 || t.Grades.Contains(e.Grade)))
            .Select(t => new MeasureCandidate(t.Measure, $"transport:{t.Name}", $"依据运输管控规则 {t.Name}：{MeasureText.Of(t.Measure)}"));
}
