using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>After every measure fired: per district × episode level, the cut against baseline and target.</summary>
internal sealed class AccountingRule : ProductionRule<Episode>
{
    public override string Name => "accounting";
    public override int Salience => Rules.Salience.Accounting;

    protected override void Match(Episode fact, WorkingMemory memory, Agenda agenda) => agenda.Add(new Activation(this, fact));

    public override void Fire(Activation activation, Session session)
    {
        var episode = (Episode)activation.Fact;
        if (session.Memory.Facts<ReductionDecision>(episode.District).Any(r => r.Level == episode.Level)) return;
        if (!session.Sink.Tallies.TryGetValue(episode, out var tally)) return;
        foreach (var row in tally.Rows(episode.District, episode.Level, session.Plan.Model.Targets)) session.Insert(row, episode.District);
    }
}
