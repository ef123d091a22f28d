using NRules.Diagnostics;

namespace EmergencyDSS.Engine.Rules;

/// <summary>One NRules rule firing: the rule, the district session it fired in (null: the regions session) and the facts it matched.</summary>
public sealed record Firing(string? District, string Rule, IReadOnlyList<MatchedFact> Facts);

/// <summary>A fact of a match: its declaration in the rule and a one-line reading of it.</summary>
public sealed record MatchedFact(string Name, string Fact);

/// <summary>
/// The firings of one evaluation, read from NRules' session events (<c>RuleFiredEvent</c>: the rule
/// and the facts of its match). Each session records its own, in firing order; the evaluation lists
/// the regions session's firings, then each district's in district order.
/// </summary>
public sealed class FiringTrace
{
    private readonly List<Firing> _regions = [];
    private readonly SortedDictionary<string, List<Firing>> _districts = new(StringComparer.Ordinal);

    public IReadOnlyList<Firing> Firings => [.. _regions, .. _districts.Values.SelectMany(f => f)];

    internal void Listen(NRules.ISession session, string? district)
    {
        List<Firing> list;
        lock (_districts)
        {
            if (district is null) list = _regions;
            else if (!_districts.TryGetValue(district, out list!)) _districts[district] = list = [];
        }
        session.Events.RuleFiredEvent += (_, e) => list.Add(Record(district, e));
    }

    private static Firing Record(string? district, AgendaEventArgs e) =>
        new(district, e.Rule.Name, [.. e.Facts.Select(f => new MatchedFact(f.Declaration.Name, Describe(f.Value)))]);

    private static string Describe(object? value) => value switch
    {
        null => "",
        IEnumerable<object> many when value is not string => string.Join("；", many.Select(Describe)),
        _ => value.ToString() ?? "",
    };
}
