using EmergencyDSS.Engine.Evaluation.Derived;
using NRules.Diagnostics;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// One NRules rule firing: the round of the evaluation it fired in, the districts its facts are of
/// (the members for a regional rule), the rule and the facts it matched.
/// </summary>
public sealed record Firing(int Round, IReadOnlyList<string> Districts, string Rule, IReadOnlyList<MatchedFact> Facts);

/// <summary>A fact of a match: its declaration in the rule and a one-line reading of it.</summary>
public sealed record MatchedFact(string Name, string Fact);

/// <summary>
/// The firings of one evaluation, read from NRules' session events (<c>RuleFiredEvent</c>: the rule
/// and the facts of its match). Sessions record their own firings in order; <see cref="Firings"/>
/// lists them by round, then district, then firing order, so the trace does not depend on threads.
/// </summary>
public sealed class FiringTrace
{
    private readonly List<(string Key, List<(int Seq, Firing Firing)> Firings)> _sessions = [];

    /// <summary>The round now running (1 day levels, 2 regions, 3 episodes and measures, 4 named parties).</summary>
    internal int Round { get; set; }

    public IReadOnlyList<Firing> Firings =>
        [.. _sessions.SelectMany(s => s.Firings.Select(f => (s.Key, f.Seq, f.Firing)))
            .OrderBy(f => f.Firing.Round).ThenBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Seq).Select(f => f.Firing)];

    internal void Listen(NRules.ISession session, string? key)
    {
        var list = new List<(int, Firing)>();
        lock (_sessions) _sessions.Add((key ?? "", list));
        session.Events.RuleFiredEvent += (_, e) => list.Add((list.Count, Record(e)));
    }

    private Firing Record(AgendaEventArgs e)
    {
        var districts = e.Facts.SelectMany(f => DistrictsOf(f.Value)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new(Round, districts, e.Rule.Name, [.. e.Facts.Select(f => new MatchedFact(f.Declaration.Name, Describe(f.Value)))]);
    }

    /// <summary>The districts a matched fact is of (none for the facts that stand for the whole evaluation).</summary>
    private static IEnumerable<string> DistrictsOf(object? fact) => fact switch
    {
        DistrictSeries s => [s.District],
        DistrictLevels l => [l.District],
        Episode ep => [ep.District],
        DistrictEnterprises d => [d.District],
        DistrictSites x => [x.District],
        RegionalFloors f => [f.District],
        DistrictEpisodes p => [p.District],
        IEnumerable<DistrictLevels> members => members.Select(m => m.District),
        _ => [],
    };

    private static string Describe(object? value) => value switch
    {
        null => "",
        string s => s,
        IEnumerable<object> many => string.Join("；", many.Select(Describe)),
        _ => value.ToString() ?? "",
    };
}
