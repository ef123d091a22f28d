namespace EmergencyDSS.Engine.Network;

/// <summary>
/// Facts by type, each type also indexed by a join key (the district, for every fact type that has
/// one), so joins are dictionary look-ups rather than nested loops.
/// </summary>
internal sealed class WorkingMemory
{
    private readonly Dictionary<Type, List<object>> _byType = [];
    private readonly Dictionary<(Type, string), List<object>> _byKey = [];
    private static readonly List<object> Empty = [];

    public void Add(object fact, string? key)
    {
        var type = fact.GetType();
        if (!_byType.TryGetValue(type, out var list)) _byType[type] = list = [];
        list.Add(fact);
        if (key is null) return;
        if (!_byKey.TryGetValue((type, key), out var keyed)) _byKey[(type, key)] = keyed = [];
        keyed.Add(fact);
    }

    public IReadOnlyList<object> All<T>() => _byType.GetValueOrDefault(typeof(T)) ?? Empty;

    /// <summary>The facts of type <typeparamref name="T"/> whose join key is <paramref name="key"/>.</summary>
    public IReadOnlyList<object> Keyed<T>(string key) => _byKey.GetValueOrDefault((typeof(T), key)) ?? Empty;

    public IEnumerable<T> Facts<T>() => All<T>().Cast<T>();

    public IEnumerable<T> Facts<T>(string key) => Keyed<T>(key).Cast<T>();
}
