using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Evaluation.Actions;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using NRules;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// One evaluation on NRules: sessions over groups of at most <see cref="GroupSize"/> districts (their
/// forecast days and the facts derived from them, one fact per district and kind, so NRules' unhashed
/// joins stay small), all from the one immutable factory, in rounds — day levels; then, after the
/// regions session has collected every district's levels into regional floors, episodes and
/// measures; then, with every district's warnings known, named-party rules. Large lists run the
/// groups in parallel. Outputs are merged in district order, so they never depend on thread timing.
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
        IReadOnlyDictionary<string, DistrictEnterprises> enterprisesOf = list.Districts.ToDictionary(d => d.District, StringComparer.Ordinal);
        IReadOnlyDictionary<string, DistrictSites> sitesOf = sites.GroupBy(s => s.District, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new DistrictSites(g.Key, [.. g.OrderBy(s => s.Id, StringComparer.Ordinal)]), StringComparer.Ordinal);
        profile?.Lap("group forecast, index list and sites");

        _parallel = profile is null && list.ById.Length >= ParallelFrom;
        var groups = series.Chunk(GroupSize).Select(g => new DistrictGroupSession(factory,
            new SessionRun(g.Select(s => s.District), plan, now, window, rulings, list.ProfileCount), g, profile, trace)).ToArray();
        var sinks = groups.SelectMany(g => g.Run.Districts.Select(d => (d, g.Run.SinkOf(d)))).ToDictionary(x => x.d, x => x.Item2, StringComparer.Ordinal);
        if (trace is not null) trace.Round = 1;
        Each(groups, g => g.Levels());
        profile?.Lap("sessions: day levels");

        var regions = new RegionRun(plan);
        if (trace is not null) trace.Round = 2;
        if (plan.Model.RegionalWarnings.Count > 0)
        {
            var session = factory.CreateSession();
            trace?.Listen(session, null);
            session.Insert(regions);
            session.InsertAll(groups.SelectMany(g => g.DayLevels));
            Fire(session);
        }
        profile?.Lap("session: regions");

        if (trace is not null) trace.Round = 3;
        Each(groups, g => g.Measures(regions, enterprisesOf, sitesOf));
        profile?.Lap("sessions: episodes and measures");

        if (plan.Parties.Count > 0)
        {
            var warnings = new WarningLookup(series.ToDictionary(s => s.District, s => (IReadOnlyList<Episode>)sinks[s.District].Episodes, StringComparer.Ordinal), plan);
            if (trace is not null) trace.Round = 4;
            Each(groups, g => g.Parties(warnings));
        }
        profile?.Lap("sessions: named parties");

        var decisions = DecisionProjection.Project([.. series.Select(s => sinks[s.District])], regions, list, plan.Model, forecast);
        profile?.Lap("project + sort decisions");
        return decisions;
    }

    /// <summary>Districts per session: joins inside a session compare at most this many facts of a kind.</summary>
    internal const int GroupSize = 64;


    /// <summary>
    /// Reduction lists from this size on run their district sessions in parallel: below it a round
    /// takes a few milliseconds and handing sessions to pool threads costs more than it saves.
    /// </summary>
    internal const int ParallelFrom = 100_000;

    private bool _parallel;

    /// <summary>Runs a round over every group session: in parallel for large lists, else (and always when profiling: the profile is not shared between threads) one by one.</summary>
    private void Each(DistrictGroupSession[] groups, Action<DistrictGroupSession> round)
    {
        if (!_parallel) foreach (var g in groups) round(g);
        else Parallel.ForEach(groups, round);
    }

    private void Fire(ISession session)
    {
        if (profile is null) { session.Fire(); return; }
        DistrictGroupSession.Profile(session, profile);
        session.Fire();
    }
}
