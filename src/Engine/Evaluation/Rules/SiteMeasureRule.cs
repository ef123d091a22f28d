using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>Episode ⋈ Site on district: the most stringent construction rule that applies (<see cref="Compilation.SiteRulings"/>).</summary>
internal sealed class SiteMeasureRule : ProductionRule<Episode>
{
    public override string Name => "construction";
    public override int Salience => Rules.Salience.Measures;

    protected override void Match(Episode fact, WorkingMemory memory, Agenda agenda)
    {
        if (fact.AdvisoryOnly) return;
        foreach (var site in memory.Keyed<Site>(fact.District)) agenda.Add(new Activation(this, fact, site));
    }

    public override void Fire(Activation activation, Session session)
    {
        var episode = (Episode)activation.Fact;
        var site = (Site)activation.Joined!;
        if (session.Plan.SiteRulings.For(site, episode.Rank) is { } ruling) session.Sink.Sites.Add(new SiteDecision(site, episode, ruling));
    }
}
