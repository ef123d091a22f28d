namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// A warning episode in one district: start..end inclusive local dates; `level` is the highest it reaches.
/// When the level changes inside the episode, <see cref="Schedule"/> lists its segments (null otherwise).
/// </summary>
public sealed record WarningDecision
{
    public required string District { get; init; }
    public required string Level { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    /// <summary>Primary pollutant of the triggering days (most frequent; ties by first day).</summary>
    public required string Pollutant { get; init; }
    public required string Rule { get; init; }
    public required string Because { get; init; }
    /// <summary>Extension: when the warning must be issued (start − lead time, not before now).</summary>
    public DateTimeOffset? IssueBy { get; init; }
    /// <summary>Extension: who must approve before notices go out (null: no approval needed).</summary>
    public string? Approver { get; init; }
    /// <summary>Extension: advisories only, no production cuts (e.g. ozone episodes).</summary>
    public bool AdvisoryOnly { get; init; }
    /// <summary>Extension: raised to this level by a regional warning of this region.</summary>
    public string? Region { get; init; }
    /// <summary>Extension: the forecast days that triggered it.</summary>
    public IReadOnlyList<TriggerDay> Days { get; init; } = [];
    /// <summary>Extension: the level schedule when the level changes inside the episode (null: one level throughout).</summary>
    public IReadOnlyList<WarningSegment>? Schedule { get; init; }
}

public sealed record TriggerDay(DateOnly Date, int Aqi, string PrimaryPollutant);

public sealed record RegionalWarningDecision(string Region, string Level, DateOnly Start, DateOnly End,
    IReadOnlyList<string> Districts, string Rule, string Because);

public sealed record AdvisoryDecision
{
    public required string District { get; init; }
    public required string Kind { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public required string Rule { get; init; }
    public string? Level { get; init; }
    public string? Text { get; init; }
}

/// <summary>What one target (enterprise, site, zone, party) must do in one warning episode.</summary>
public sealed record MeasureDecision
{
    /// <summary>enterprise | site | zone | party.</summary>
    public required string TargetKind { get; init; }
    public required string Target { get; init; }
    public required string District { get; init; }
    public required string Level { get; init; }
    /// <summary>production | transport | construction | traffic | other.</summary>
    public required string Category { get; init; }
    /// <summary>stop | limit | self | exempt | none | stagger | ban | no-road | wash | sprinkle | suspend-machinery | action.</summary>
    public required string Kind { get; init; }
    public double? Percent { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public required string Rule { get; init; }
    public required string Because { get; init; }
    /// <summary>Extension: output | lines for a limit.</summary>
    public string? Basis { get; init; }
    /// <summary>Extension: lowest emission standard still allowed, for a ban.</summary>
    public string? MinStandard { get; init; }
    public string? Hours { get; init; }
    public string? Reason { get; init; }
    public string? TargetName { get; init; }
    public string? Text { get; init; }
    /// <summary>Extension: rules that also applied but lost to this, more stringent, one.</summary>
    public IReadOnlyList<string> Overrode { get; init; } = [];
}

public sealed record ReductionDecision
{
    public required string District { get; init; }
    public required string Level { get; init; }
    /// <summary>SO2 | NOx | PM | VOCs.</summary>
    public required string Pollutant { get; init; }
    public required double BaselineT { get; init; }
    public required double CutT { get; init; }
    public required double Ratio { get; init; }
    public required double Required { get; init; }
    public required bool Met { get; init; }
    /// <summary>Extension: the enterprises that cut the most, largest first (at most 5).</summary>
    public IReadOnlyList<string> TopContributors { get; init; } = [];
    /// <summary>Extension: <c>whole-society</c> when baseline_t is the district's whole-society emissions
    /// (全社会排放总量, the 2019 rule); absent when it is the listed enterprises' sum.</summary>
    public string? Basis { get; init; }
    /// <summary>Extension: the listed enterprises' baseline, given beside a whole-society baseline.</summary>
    public double? ListedT { get; init; }
}

public sealed record RainfallRequestDecision
{
    public required string District { get; init; }
    public required string Level { get; init; }
    public required DateOnly Date { get; init; }
    public required string Requestee { get; init; }
    public required string Rule { get; init; }
    public required string Because { get; init; }
    public bool NeedsAirspaceApproval { get; init; }
}
