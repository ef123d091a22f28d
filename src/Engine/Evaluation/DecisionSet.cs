namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// The outcome of one evaluation: decisions.json (data-contract.md). Every list is sorted so the same
/// inputs give byte-identical JSON. Fields beyond the contract are extensions, never renames.
/// </summary>
public sealed record DecisionSet
{
    public required RulesetInfo Ruleset { get; init; }
    public required ForecastInfo Forecast { get; init; }
    public required IReadOnlyList<WarningDecision> Warnings { get; init; }
    public required IReadOnlyList<AdvisoryDecision> Advisories { get; init; }
    public required IReadOnlyList<MeasureDecision> Measures { get; init; }
    public required IReadOnlyList<ReductionDecision> Reductions { get; init; }
    public required IReadOnlyList<RainfallRequestDecision> RainfallRequests { get; init; }
    /// <summary>Extension: the ruleset's warning levels, mildest first (so consumers can compare levels).</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];
    /// <summary>Extension: regional warnings (a district is never below its region).</summary>
    public IReadOnlyList<RegionalWarningDecision> RegionalWarnings { get; init; } = [];
    /// <summary>Extension: calendar-driven staggered production (错峰生产) outside warnings.</summary>
    public IReadOnlyList<MeasureDecision> Staggered { get; init; } = [];
    /// <summary>Extension: standing rules in force on a forecast day (effective dates, no warning); absent when none.</summary>
    public IReadOnlyList<StandingDecision>? Standing { get; init; }
}

public sealed record RulesetInfo(string Name, string Version, string Sha256);

public sealed record ForecastInfo(DateTimeOffset IssuedAt, string Sha256);
