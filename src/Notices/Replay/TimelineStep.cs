namespace EmergencyDSS.Notices.Replay;

/// <summary>One notice a lifecycle step would send: recipient, event, level and its state when planned (Rendered while its
/// warning awaits approval); <c>Content</c> is what it says in short (the warning's dates, the measures' kinds, percents and times).</summary>
internal sealed record TimelineNotice(string TargetKind, string Target, string District, string Event, string Level, string Status, string Content);

/// <summary>
/// One district at one forecast issue: how its warning changed (issue, upgrade, downgrade, extend, shorten, lift;
/// "notices" when only notices went out), the warning's state afterwards (null when no warning moved), its level
/// and dates, and the notices of the step. The city's own notices (regional, traffic 通告) are under 市级.
/// </summary>
internal sealed record TimelineStep(DateTimeOffset At, string Forecast, string District, string Change, string? State, string? Level,
    DateOnly? Start, DateOnly? End, IReadOnlyList<TimelineNotice> Notices);

/// <summary>One forecast of the replayed sequence and the decisions it gave.</summary>
internal sealed record ReplayIssue(DateTimeOffset At, string Forecast, Engine.Evaluation.DecisionSet Decisions);

/// <summary>A replayed sequence: every issue's decisions, the lifecycle steps in time order, and the season's tally.</summary>
internal sealed record ReplayTimeline(string Ruleset, IReadOnlyList<ReplayIssue> Issues, IReadOnlyList<TimelineStep> Steps, SeasonTally Tally);
