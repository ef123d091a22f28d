using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Engine.Changes;

public enum DistrictChangeKind { New, Upgraded, Downgraded, Extended, Shortened, Lifted, Unchanged }

public enum NoticeAction { Issue, Amend, Withdraw }

/// <summary>How one district's warning moved between two evaluations.</summary>
public sealed record DistrictChange(string District, DistrictChangeKind Kind, WarningDecision? Previous, WarningDecision? Current);

/// <summary>
/// What to do about one target's notice: issue it, amend it (upgrade, downgrade, extend, shorten) or
/// withdraw it (lift). <c>Event</c> is the notice event word: issue, upgrade, downgrade, extend, lift.
/// </summary>
public sealed record TargetChange(string TargetKind, string Target, string District, string Category, NoticeAction Action,
    string Event, MeasureDecision? Previous, MeasureDecision? Current);

public sealed record ChangeSet(IReadOnlyList<DistrictChange> Districts, IReadOnlyList<TargetChange> Targets);
