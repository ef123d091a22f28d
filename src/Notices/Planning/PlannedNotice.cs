using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>
/// What one notice is about, before rendering: a recipient, an event, the template subject and the
/// decisions it reports. Measures are empty for warning and rainfall notices.
/// </summary>
public sealed record PlannedNotice
{
    /// <summary>warning | enterprise | site | zone | advisory | rainfall | party.</summary>
    public required string TargetKind { get; init; }
    public required string Target { get; init; }
    public required string TargetName { get; init; }
    public required string District { get; init; }
    /// <summary>Who the notice is addressed to (主送): the target itself, or the public for 通告.</summary>
    public string? Recipient { get; init; }
    /// <summary>issue | upgrade | downgrade | extend | lift.</summary>
    public required string Event { get; init; }
    /// <summary>Template subject: warning, stop, limit, self, exempt, none, stagger, ban, no-road,
    /// construction, traffic, advisory, rainfall, party.</summary>
    public required string Subject { get; init; }
    /// <summary>Level id of the notice (the episode's, or the measure's).</summary>
    public required string Level { get; init; }
    public WarningDecision? Warning { get; init; }
    public IReadOnlyList<MeasureDecision> Measures { get; init; } = [];
    public AdvisoryDecision? Advisory { get; init; }
    public RainfallRequestDecision? Rainfall { get; init; }

    /// <summary>Stable key used for numbering and the acknowledgment code.</summary>
    public string Key => $"{TargetKind}:{District}:{Target}:{Event}";

    /// <summary>Key the caller uses to pick the event of a target: <c>{target_kind}:{district}:{target}</c>
    /// (a warning's target is its district).</summary>
    public static string EventKey(string targetKind, string district, string target) => $"{targetKind}:{district}:{target}";
}
