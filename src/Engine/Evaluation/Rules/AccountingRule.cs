using EmergencyDSS.Engine.Accounting;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
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
        var enterprises = session.Memory.Facts<Enterprise>(episode.District).ToList();
        var production = session.Memory.Facts<MeasureDecision>(episode.District)
            .Where(m => m.TargetKind == "enterprise" && m.Category == "production" && m.Start == episode.StartsAt)
            .ToDictionary(m => m.Target, StringComparer.Ordinal);
        foreach (var row in ReductionAccounting.Account(episode.District, episode.Level, enterprises, production, session.Plan.Model.Targets))
            session.Insert(row, episode.District);
    }
}
