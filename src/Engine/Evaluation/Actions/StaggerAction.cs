using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of a `stagger:CALENDAR` rule (DistrictEnterprises ⋈ DistrictEpisodes, after the
/// episodes): seasonal staggered production (错峰生产) is calendar-driven: a period overlapping the
/// whole forecast's window applies to its industry and grades even without a warning (outside episodes: the
/// `staggered` list, each record spanning the whole period — start and end are the period's exact dates).
/// </summary>
internal static class StaggerAction
{
    public static void Fire(SessionRun run, StaggerCalendar calendar, DistrictEnterprises district, DistrictEpisodes episodes)
    {
        var open = OpenPeriods(calendar, run, episodes);
        if (open.Count == 0) return;
        // One decision per period, grade and industry in this district, shared by its enterprises.
        var shared = new Dictionary<(int, string, string), MeasureDecision>();
        foreach (var e in district.Enterprises)
        {
            if (!calendar.Industries.Contains(e.Industry)) continue;
            for (var i = 0; i < open.Count; i++)
            {
                var (p, from, to) = open[i];
                if (p.Grades.Count > 0 && !p.Grades.Contains(e.Grade)) continue;
                if (!shared.TryGetValue((i, e.Grade, e.Industry), out var decision))
                    shared[(i, e.Grade, e.Industry)] = decision = Decision(e, calendar, p, run.Plan);
                run.SinkOf(district.District).Staggered.Add(new StaggeredDecision(e, decision));
            }
        }
    }

    /// <summary>The periods, clipped to the forecast window, that no episode of the district already covers.</summary>
    private static List<(StaggerPeriod, DateOnly, DateOnly)> OpenPeriods(StaggerCalendar calendar, SessionRun run, DistrictEpisodes episodes)
    {
        var open = new List<(StaggerPeriod, DateOnly, DateOnly)>();
        foreach (var p in calendar.Periods)
        {
            var from = p.From > run.FirstDay ? p.From : run.FirstDay;
            var to = p.To < run.LastDay ? p.To : run.LastDay;
            if (from > to || Covered(episodes.Episodes, from, to)) continue;
            open.Add((p, from, to));
        }
        return open;
    }

    /// <summary>Whether the episodes' segments (contiguous inside an episode) cover every day from..to.</summary>
    private static bool Covered(IReadOnlyList<Episode> segments, DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
            if (!segments.Any(s => s.Start <= day && s.End >= day)) return false;
        return true;
    }

    /// <summary>
    /// The whole period, with its exact dates (its notice goes out ahead of it, from the first forecast that reaches it);
    /// <c>text</c> is what the period orders (停止生产…, 限产N%…), so the notice says it and not only 错峰生产.
    /// </summary>
    private static MeasureDecision Decision(Enterprise e, StaggerCalendar calendar, StaggerPeriod p, PlanContext plan) => new()
    {
        TargetKind = "enterprise", Target = "", District = e.District, Level = "none",
        Category = "production", Kind = "stagger", Reason = p.Reason, Text = MeasureText.Clause(p.Measure),
        Start = plan.At(p.From, TimeOnly.MinValue), End = plan.At(p.To.AddDays(1), TimeOnly.MinValue),
        Rule = $"stagger:{calendar.Name}",
        Because = $"错峰生产安排 {calendar.Name}（{p.From:yyyy-MM-dd} 至 {p.To:yyyy-MM-dd}，{p.Reason}）；{e.Grade}级{e.Industry}企业：{MeasureText.Of(p.Measure)}",
    };
}
