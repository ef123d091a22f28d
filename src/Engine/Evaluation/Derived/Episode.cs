using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation.Derived;

/// <summary>A warning episode in one district: derived by the episode rule from day levels (and regional floors).</summary>
internal sealed record Episode
{
    public required string District { get; init; }
    public required int Rank { get; init; }
    public required string Level { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    /// <summary>The forecast days of the episode (warned days and merged gaps).</summary>
    public required ForecastDay[] Days { get; init; }
    public required string Pollutant { get; init; }
    public required bool AdvisoryOnly { get; init; }
    public string? Region { get; init; }
    public required string Rule { get; init; }
    /// <summary>Why: the forecast days and values and the trigger that held.</summary>
    public required string Because { get; init; }

    public override string ToString() => $"{District} {Level} {Start:yyyy-MM-dd} 至 {End:yyyy-MM-dd}";
}
