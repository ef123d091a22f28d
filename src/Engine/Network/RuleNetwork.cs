namespace EmergencyDSS.Engine.Network;

/// <summary>The compiled network: for each fact type, the rules whose match starts from it. Immutable, shared by sessions.</summary>
internal sealed class RuleNetwork
{
    private readonly Dictionary<Type, ProductionRule[]> _byFactType;

    public RuleNetwork(IEnumerable<ProductionRule> rules)
    {
        Rules = rules.ToList();
        _byFactType = Rules.GroupBy(r => r.FactType).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<ProductionRule> Rules { get; }

    public ReadOnlySpan<ProductionRule> For(Type factType) => _byFactType.TryGetValue(factType, out var rules) ? rules : [];
}
