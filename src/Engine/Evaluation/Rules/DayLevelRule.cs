using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>For every district series: each day's level is the highest whose trigger covers it.</summary>
internal sealed class DayLevelRule : ProductionRule<DistrictSeries>
{
    public override string Name => "day-levels";
    public override int Salience => Rules.Salience.DayLevels;

    protected override void Match(DistrictSeries fact, WorkingMemory memory, Agenda agenda) => agenda.Add(new Activation(this, fact));

    public override void Fire(Activation activation, Session session)
    {
        var series = (DistrictSeries)activation.Fact;
        var plan = session.Plan;
        var ranks = new int[series.Days.Length];
        var covered = new bool[series.Days.Length];
        for (var rank = 1; rank <= plan.MaxRank; rank++)
        {
            if (plan.Triggers[rank] is not { } trigger) continue;
            Array.Clear(covered);
            trigger.Cover(series.Days, covered);
            for (var i = 0; i < covered.Length; i++) if (covered[i]) ranks[i] = rank;
        }
        session.Insert(new DistrictLevels(series, ranks), series.District);
    }
}
