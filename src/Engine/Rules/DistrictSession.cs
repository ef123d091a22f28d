using System.Diagnostics;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Evaluation.Actions;
using EmergencyDSS.Engine.Evaluation.Derived;
using NRules;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// One district's NRules session, kept across the evaluation's rounds: the facts of each round are
/// inserted, then the agenda fires until nothing more matches.
/// </summary>
internal sealed class DistrictSession
{
    private readonly ISession _session;
    private readonly DistrictSeries _series;

    public DistrictSession(ISessionFactory factory, DistrictRun run, DistrictSeries series, SessionProfile? profile, FiringTrace? trace)
    {
        Run = run;
        _series = series;
        DayLevels = new DistrictLevels(series);
        _session = factory.CreateSession();
        trace?.Listen(_session, run.District);
        if (profile is not null) Profile(_session, profile);
    }

    public DistrictRun Run { get; }

    /// <summary>The district's day levels, raised by the `level:…` rules in the first round.</summary>
    public DistrictLevels DayLevels { get; }

    public void Levels()
    {
        _session.Insert(Run);
        _session.Insert(_series);
        _session.Insert(DayLevels);
        _session.Fire();
    }

    public void Measures(RegionalFloors floors, DistrictEnterprises? enterprises, DistrictSites? sites)
    {
        _session.Insert(floors);
        if (enterprises is not null) _session.Insert(enterprises);
        if (sites is not null) _session.Insert(sites);
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
