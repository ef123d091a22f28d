using EmergencyDSS.Scheduler.Delivery;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>What `dss serve` was started with. Paths are absolute.</summary>
internal sealed record ServeOptions
{
    public required string Postgres { get; init; }
    public required string Urls { get; init; }
    public string? Ruleset { get; init; }
    public string? Enterprises { get; init; }
    public string? Sites { get; init; }
    public string? Outbox { get; init; }
    public string? Inbox { get; init; }
    /// <summary>Bearer token of the built-in bureau/approver account (DSS_ADMIN_TOKEN).</summary>
    public string? AdminToken { get; init; }
    /// <summary>Hangfire workers in this process (Hangfire's own default): deliveries wait on the disk and the network more than on the CPU.</summary>
    public int Workers { get; init; } = Math.Min(20, Environment.ProcessorCount * 5);
    /// <summary>The SMTP relay for e-mail notices (DSS_SMTP_*); null: no e-mail channel.</summary>
    public SmtpOptions? Smtp { get; init; }
    /// <summary>Retry policy for recipients' webhooks (DSS_WEBHOOK_*).</summary>
    public WebhookOptions Webhook { get; init; } = new();
    /// <summary>Whether to register the recurring jobs (inbox, consultation, acknowledgment watch).</summary>
    public bool RecurringJobs { get; init; } = true;

    public string? InboxFolder => Inbox ?? (Outbox is null ? null : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Outbox))!, "inbox"));
}
