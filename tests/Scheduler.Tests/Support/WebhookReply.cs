namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>One scripted answer of <see cref="LoopbackWebhook"/>: a status, an optional Retry-After, an optional stall first.</summary>
internal sealed record WebhookReply(int Status, string? RetryAfter = null, TimeSpan Stall = default, string Body = "");
