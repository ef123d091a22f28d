namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// Extension of decisions.json (`standing`): a standing traffic rule in force on some forecast day — not a
/// warning measure, so it is listed whatever the warnings, from its effective date, and gives no notice
/// of its own (it is the city's standing regulation, published once).
/// </summary>
public sealed record StandingDecision
{
    public required string Rule { get; init; }
    /// <summary>The zone (e.g. 中心城区) and the districts it spans.</summary>
    public required string Zone { get; init; }
    public required IReadOnlyList<string> Districts { get; init; }
    public required DateOnly Effective { get; init; }
    public string Category { get; init; } = "traffic";
    public string Kind { get; init; } = "ban";
    public required string VehicleClass { get; init; }
    public string? MinStandard { get; init; }
    public required string Hours { get; init; }
    public IReadOnlyList<string> Exempt { get; init; } = [];
    public required string Text { get; init; }
    public required string Because { get; init; }
}
