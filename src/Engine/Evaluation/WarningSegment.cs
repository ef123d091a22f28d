namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// Extension (`schedule` on a warning whose level changes inside the episode): one level segment, start..end
/// inclusive local dates. Every listed enterprise of the district has one production measure per segment.
/// </summary>
public sealed record WarningSegment
{
    public required string Level { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    /// <summary>`level:ID` when the district's own triggers warn it, `regional:REGION` when only the region does.</summary>
    public required string Rule { get; init; }
    public required string Because { get; init; }
    /// <summary>When the notice of this segment (the issue, or a planned upgrade/downgrade) must go out.</summary>
    public DateTimeOffset? IssueBy { get; init; }
    public bool AdvisoryOnly { get; init; }
    public string? Region { get; init; }
}
