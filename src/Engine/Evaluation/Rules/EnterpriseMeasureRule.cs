using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>
/// Episode ⋈ Enterprise on district: one production measure per enterprise (livelihood, then its own
/// 一厂一策 plan, then the most stringent table cell or staggering period), plus a transport measure
/// where one applies (<see cref="EnterpriseRulings"/>). Losing rules are named in the decision.
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
        var cache = new EpisodeMeasureCache(episode, session.Sink.ReductionList.ProfileCount);
        var tally = session.Sink.Tally(episode);
        var slots = session.Sink.Enterprises;
        for (var i = 0; i < district.Enterprises.Length; i++)
        {
            var enterprise = district.Enterprises[i];
            var decision = Decide(episode, enterprise, district.Profiles[i], session, cache);
            slots.Add(district.Ranks[i], decision);
            tally.Add(district, i, decision.CutFraction);
        }
    }

    /// <summary>Enterprises of one profile share one decision per episode; only own-plan enterprises are decided alone.</summary>
    private static EnterpriseDecision Decide(Episode episode, Enterprise e, int profile, Session session, EpisodeMeasureCache cache)
    {
        if (episode.AdvisoryOnly) return cache.AdvisoryOnlyDecision();
        if (profile == ReductionIndex.OwnPlan) return new EnterpriseDecision(episode, session.Plan.Rulings.For(e, episode.Rank, episode.Start, episode.End));
        return cache[profile] ??= new EnterpriseDecision(episode, session.Sink.Rulings.For(e, profile, episode));
    }
}
