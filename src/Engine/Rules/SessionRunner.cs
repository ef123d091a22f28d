using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Evaluation.Actions;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using NRules;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// One evaluation on NRules: a session per district (its forecast days and the facts derived from
/// them, so no join ever crosses districts), all from the one immutable factory, run in parallel in
/// three rounds — day levels; then, after the regions session has collected every district's levels
/// into regional floors, episodes and measures; then, with every district's warnings known,
/// named-party rules. Outputs are merged in district order, so they never depend on thread timing.
/// </summary>
internal sealed class SessionRunner(ISessionFactory factory, PlanContext plan, SessionProfile? profile, FiringTrace? trace)
{
    public DecisionSet Run(Forecast forecast, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites, DateTimeOffset now)
    {
        var series = forecast.Days.GroupBy(d => d.District, StringComparer.Ordinal)
            .Select(g => new DistrictSeries(g.Key, [.. g.OrderBy(d => d.Date)]))
            .OrderBy(s => s.District, StringComparer.Ordinal)
            .ToList();
        var window = forecast.Days.Count == 0 ? default : (forecast.Days.Min(d => d.Date), forecast.Days.Max(d => d.Date));
        var list = ReductionIndex.For(enterprises);
        var rulings = new ProfileRulingTable(plan, list);
        var enterprisesOf = list.Districts.ToDictionary(d => d.District, StringComparer.Ordinal);
        var sitesOf = sites.GroupBy(s => s.District, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new DistrictSites(g.Key, [.. g.OrderBy(s => s.Id, StringComparer.Ordinal)]), StringComparer.Ordinal);
        profile?.Lap("group forecast, index list and sites");

        var districts = series.Select(s => new DistrictSession(factory, new DistrictRun(s.District, plan, now, window, rulings, list.ProfileCount), s, profile, trace)).ToArray();
        if (trace is not null) trace.Round = 1;
        Each(districts, d => d.Levels());
        profile?.Lap("sessions: day levels");

        var regions = new RegionRun(plan);
        if (trace is not null) trace.Round = 2;
        if (plan.Model.RegionalWarnings.Count > 0)
        {
            var session = factory.CreateSession();
            trace?.Listen(session, null);
            session.Insert(regions);
            session.InsertAll(districts.Select(d => d.DayLevels));
            Fire(session);
        }
        profile?.Lap("session: regions");

        if (trace is not null) trace.Round = 3;
        Each(districts, d => d.Measures(regions.FloorsOf(d.Run.District), enterprisesOf.GetValueOrDefault(d.Run.District), sitesOf.GetValueOrDefault(d.Run.District)));
        profile?.Lap("sessions: episodes and measures");

        if (plan.Parties.Count > 0)
        {
            var warnings = new WarningLookup(districts.ToDictionary(d => d.Run.District, d => (IReadOnlyList<Episode>)d.Run.Sink.Episodes, StringComparer.Ordinal), plan);
            if (trace is not null) trace.Round = 4;
            Each(districts, d => d.Parties(warnings));
        }
        profile?.Lap("sessions: named parties");

        var decisions = DecisionProjection.Project([.. districts.Select(d => d.Run.Sink)], regions, list, plan.Model, forecast);
        profile?.Lap("project + sort decisions");
        return decisions;
    }

    /// <summary>Runs a round over every district session: in parallel, or one by one when profiling (the profile is not shared between threads).</summary>
    private void Each(DistrictSession[] districts, Action<DistrictSession> round)
    {
        if (profile is not null || districts.Length < 2) foreach (var d in districts) round(d);
        else Parallel.ForEach(districts, round);
    }

    private void Fire(ISession session)
    {
        if (profile is null) { session.Fire(); return; }
        DistrictSession.Profile(session, profile);
        session.Fire();
    }
}
