using System.Diagnostics;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Evaluation.Actions;
using EmergencyDSS.Engine.Evaluation.Derived;
using NRules;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// One NRules session over a group of districts, kept across the evaluation's rounds: each round's
/// facts are inserted, then the agenda fires until nothing more matches. Every fact belongs to one
/// district and every join condition is on the district, so matches never cross districts.
/// </summary>
internal sealed class DistrictGroupSession
{
    private readonly ISession _session;
    private readonly IReadOnlyList<DistrictSeries> _series;

    public DistrictGroupSession(ISessionFactory factory, SessionRun run, IReadOnlyList<DistrictSeries> series, SessionProfile? profile, FiringTrace? trace)
    {
        Run = run;
        _series = series;
        DayLevels = [.. series.Select(s => new DistrictLevels(s))];
        _session = factory.CreateSession();
        trace?.Listen(_session, series[0].District);
        if (profile is not null) Profile(_session, profile);
    }

    public SessionRun Run { get; }

    /// <summary>The districts' day levels, raised by the `level:…` rules in the first round.</summary>
    public IReadOnlyList<DistrictLevels> DayLevels { get; }

    public void Levels()
    {
        _session.InsertAll([Run, .. _series, .. DayLevels]);
        _session.Fire();
    }

    public void Measures(RegionRun regions, IReadOnlyDictionary<string, DistrictEnterprises> enterprises, IReadOnlyDictionary<string, DistrictSites> sites)
    {
        var facts = new List<object>(3 * _series.Count);
        foreach (var s in _series)
        {
            facts.Add(regions.FloorsOf(s.District));
            if (enterprises.GetValueOrDefault(s.District) is { } e) facts.Add(e);
            if (sites.GetValueOrDefault(s.District) is { } x) facts.Add(x);
        }
        _session.InsertAll(facts);
        _session.Fire();
    }

    public void Parties(WarningLookup warnings)
    {
        _session.Insert(warnings);
        _session.Fire();
    }

    /// <summary>Times each firing into <paramref name="profile"/> (rule by rule, with the bytes it allocated).</summary>
    public static void Profile(ISession session, SessionProfile profile)
    {
        long start = 0, allocated = 0;
        session.Events.RuleFiringEvent += (_, _) =>
        {
            start = Stopwatch.GetTimestamp();
            allocated = SessionProfile.Allocated;
        };
        session.Events.RuleFiredEvent += (_, e) => profile.Fired(e.Rule.Name, start, allocated);
    }
}
