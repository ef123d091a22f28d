using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation.Derived;

/// <summary>
/// One level segment of a warning episode in one district (the whole episode when its level does not
/// change): derived by the episode rule from day levels and regional floors. Measures are decided per segment.
/// </summary>
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
    /// <summary>The region whose warning warns at least one day of the segment.</summary>
    public string? Region { get; init; }
    /// <summary>Position in the episode's level schedule (0: the first segment).</summary>
    public int Segment { get; init; }
    public required string Rule { get; init; }
    /// <summary>Why: the forecast days and values and the trigger that held.</summary>
    public required string Because { get; init; }

    public override string ToString() => $"{District} {Level} {Start:yyyy-MM-dd} 至 {End:yyyy-MM-dd}";
}
