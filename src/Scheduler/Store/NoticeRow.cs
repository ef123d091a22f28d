namespace EmergencyDSS.Scheduler.Store;

/// <summary>One notice as planned into the store (before it has an id).</summary>
internal sealed record NoticeRow(
    long BatchId, long? WarningId, string TargetKind, string District, string Target, string TargetName, string Event, string Level,
    DateOnly EpisodeStart, DateOnly EpisodeEnd, string RulesetVersion, string Subject, string DocumentNumber, string Title,
    string Html, string Text, string Sms, string AcknowledgmentCodeSha256, string ContentSha256, string? Email, string? Webhook, string Status,
    ApprovedDocument? WhenApproved = null);

/// <summary>The document as it reads once approved; approval swaps it in (see migration 0009).</summary>
internal sealed record ApprovedDocument(string Html, string Text, string Sms, string ContentSha256);
