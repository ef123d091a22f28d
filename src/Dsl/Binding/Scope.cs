namespace EmergencyDSS.Dsl.Binding;

/// <summary>Names declared anywhere in the ruleset, resolved with "did you mean" on a miss.</summary>
internal sealed class Scope(DiagnosticBag diagnostics)
{
    public Dictionary<string, double> Constants { get; } = new(StringComparer.Ordinal);
    public List<string> Districts { get; } = [];
    public Dictionary<string, IReadOnlyList<string>> Regions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, IReadOnlyList<string>> Zones { get; } = new(StringComparer.Ordinal);
    public List<string> Industries { get; } = [];
    public List<string> Grades { get; } = [];
    /// <summary>Level ids in declaration order (ascending severity).</summary>
    public List<string> Levels { get; } = [];
    public HashSet<string> AdvisoryOnlyLevels { get; } = new(StringComparer.Ordinal);
    public List<string> Templates { get; } = [];

    /// <summary>Names declared by statements that did not parse: references to them raise no second error.</summary>
    public HashSet<(string What, string Name)> Broken { get; } = [];
    /// <summary>Kinds whose whole list did not parse (<c>district</c>, <c>industry</c>, <c>grade</c>): no name of that kind is reported unknown.</summary>
    public HashSet<string> BrokenKinds { get; } = new(StringComparer.Ordinal);

    public bool IsBroken(string what, string name) => BrokenKinds.Contains(what) || Broken.Contains((what, name));

    public bool Resolve(string what, string name, IReadOnlyCollection<string> known, SourceSpan at)
    {
        if (known is List<string> list ? Sets(list).Contains(name) : known.Contains(name)) return true;
        if (IsBroken(what, name)) return false;
        diagnostics.Add(DiagnosticCatalog.Unknown(at, what, name, Suggestions.Closest(name, known)));
        return false;
    }

    public bool District(string name, SourceSpan at) => Resolve("district", name, Districts, at);
    public bool Region(string name, SourceSpan at) => Resolve("region", name, Regions.Keys, at);
    public bool Zone(string name, SourceSpan at) => Resolve("zone", name, Zones.Keys, at);
    public bool Industry(string name, SourceSpan at) => Resolve("industry", name, Industries, at);
    public bool Grade(string name, SourceSpan at) => Resolve("grade", name, Grades, at);
    public bool Level(string name, SourceSpan at) => Resolve("level", name, Levels, at);
    public bool Template(string name, SourceSpan at) => Resolve("template", name, Templates, at);

    private readonly Dictionary<List<string>, (int Count, HashSet<string> Set)> _sets = new(ReferenceEqualityComparer.Instance);

    /// <summary>A hash set over a declaration list, rebuilt when the list has grown (declarations come before binding).</summary>
    private HashSet<string> Sets(List<string> list)
    {
        if (_sets.TryGetValue(list, out var cached) && cached.Count == list.Count) return cached.Set;
        var set = new HashSet<string>(list, StringComparer.Ordinal);
        _sets[list] = (list.Count, set);
        return set;
    }

    /// <summary>Rank of a level, 1 = mildest.</summary>
    public int Rank(string level) => Levels.IndexOf(level) + 1;
}
