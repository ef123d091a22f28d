namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>Where a district's warning stands after a lifecycle step, and what that means for its new notices.</summary>
/// <param name="IssueBy">When its notices are due (null: now).</param>
/// <param name="NoticeStatus">Rendered while it waits for approval, Withdrawn for the lift of a never-issued warning, else Scheduled.</param>
internal sealed record WarningPlan(long Id, DateOnly EpisodeStart, DateOnly End, DateTimeOffset? IssueBy, string NoticeStatus);
