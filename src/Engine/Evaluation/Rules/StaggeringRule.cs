using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>
/// Seasonal staggered production (错峰生产) is calendar-driven: a period overlapping the forecast window
/// applies to its industry and grades even without a warning (outside episodes: the `staggered` list).
/// </summary>
internal sealed class StaggeringRule(DateOnly firstDay, DateOnly lastDay) : ProductionRule<DistrictEnterprises>
{
    public override string Name => "staggering";
    public override int Salience => Rules.Salience.Staggering;

    protected override void Match(DistrictEnterprises fact, WorkingMemory memory, Agenda agenda)
    {
        if (memory.Keyed<DistrictSeries>(fact.District).Count > 0) agenda.Add(new Activation(this, fact));
    }

    public override void Fire(Activation activation, Session session)
    {
        foreach (var e in ((DistrictEnterprises)activation.Fact).Enterprises)
            if (session.Plan.StaggeredIndustries.Contains(e.Industry)) Stagger(e, session);
    }

    private void Stagger(Enterprise e, Session session)
    {
        foreach (var calendar in session.Plan.Model.Staggering)
        {
            if (!calendar.Industries.Contains(e.Industry)) continue;
            foreach (var p in calendar.Periods)
            {
                if (p.Grades.Count > 0 && !p.Grades.Contains(e.Grade)) continue;
                var from = p.From > firstDay ? p.From : firstDay;
                var to = p.To < lastDay ? p.To : lastDay;
                if (from > to) continue;
                if (session.Memory.Facts<Episode>(e.District).Any(ep => ep.Start <= from && ep.End >= to)) continue;
                session.Sink.Staggered.Add(new MeasureDecision
                {
                    TargetKind = "enterprise", Target = e.Id, TargetName = e.Name, District = e.District, Level = "none",
                    Category = "production", Kind = "stagger", Reason = p.Reason,
                    Start = session.Plan.At(from, TimeOnly.MinValue), End = session.Plan.At(to.AddDays(1), TimeOnly.MinValue),
                    Rule = $"stagger:{calendar.Name}",
                    Because = $"错峰生产安排 {calendar.Name}（{p.From:yyyy-MM-dd} 至 {p.To:yyyy-MM-dd}，{p.Reason}）；{e.Grade}级{e.Industry}企业：{MeasureText.Of(p.Measure)}",
                });
            }
        }
    }
}
