namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// Retry policy of <see cref="WebhookChannel"/>. With the defaults one delivery gives up after
/// five attempts and waits of 1, 2, 4 and 8 s; the scheduler retries the notice later.
/// </summary>
internal sealed record WebhookOptions
{
    public int Attempts { get; init; } = 5;
    public Backoff Backoff { get; init; } = new(TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(30));

    /// <summary>Bounds one POST, from sending the request to the response headers.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A receiver's Retry-After is followed, but one wait never exceeds this: a worker is held meanwhile.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>DSS_WEBHOOK_ATTEMPTS (1–20) and DSS_WEBHOOK_TIMEOUT_SECONDS (1–300); defaults when unset.</summary>
    public static WebhookOptions FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= EnvironmentSetting.Process;
        var options = new WebhookOptions();
        var attempts = EnvironmentSetting.Integer(read, "DSS_WEBHOOK_ATTEMPTS", 1, 20);
        var timeout = EnvironmentSetting.Integer(read, "DSS_WEBHOOK_TIMEOUT_SECONDS", 1, 300);
        return options with
        {
            Attempts = attempts ?? options.Attempts,
            AttemptTimeout = timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : options.AttemptTimeout,
        };
    }
}
