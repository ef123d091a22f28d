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
        var district = (DistrictEnterprises)activation.Fact;
        var open = OpenPeriods(district.District, session);
        if (open.Count == 0) return;
        // One decision per period, grade and industry in this district, shared by its enterprises.
        var shared = new Dictionary<(int, string, string), MeasureDecision>();
        foreach (var e in district.Enterprises)
        {
            if (!session.Plan.StaggeredIndustries.Contains(e.Industry)) continue;
            for (var i = 0; i < open.Count; i++)
            {
                var (calendar, p, from, to) = open[i];
                if (!calendar.Industries.Contains(e.Industry) || (p.Grades.Count > 0 && !p.Grades.Contains(e.Grade))) continue;
                if (!shared.TryGetValue((i, e.Grade, e.Industry), out var decision))
                    shared[(i, e.Grade, e.Industry)] = decision = Decision(e, calendar, p, from, to, session.Plan);
                session.Sink.Staggered.Add(new StaggeredDecision(e, decision));
            }
        }
    }

    /// <summary>The periods, clipped to the forecast window, that no episode of the district already covers.</summary>
    private List<(StaggerCalendar, StaggerPeriod, DateOnly, DateOnly)> OpenPeriods(string district, Session session)
    {
        var episodes = session.Memory.Keyed<Episode>(district);
        var open = new List<(StaggerCalendar, StaggerPeriod, DateOnly, DateOnly)>();
        foreach (var calendar in session.Plan.Model.Staggering)
        foreach (var p in calendar.Periods)
        {
            var from = p.From > firstDay ? p.From : firstDay;
            var to = p.To < lastDay ? p.To : lastDay;
            if (from > to || episodes.Any(o => o is Episode ep && ep.Start <= from && ep.End >= to)) continue;
            open.Add((calendar, p, from, to));
        }
        return open;
    }

    private static MeasureDecision Decision(Enterprise e, StaggerCalendar calendar, StaggerPeriod p, DateOnly from, DateOnly to, PlanContext plan) => new()
    {
        TargetKind = "enterprise", Target = "", District = e.District, Level = "none",
        Category = "production", Kind = "stagger", Reason = p.Reason,
        Start = plan.At(from, TimeOnly.MinValue), End = plan.At(to.AddDays(1), TimeOnly.MinValue),
        Rule = $"stagger:{calendar.Name}",
        Because = $"错峰生产安排 {calendar.Name}（{p.From:yyyy-MM-dd} 至 {p.To:yyyy-MM-dd}，{p.Reason}）；{e.Grade}级{e.Industry}企业：{MeasureText.Of(p.Measure)}",
    };
}
