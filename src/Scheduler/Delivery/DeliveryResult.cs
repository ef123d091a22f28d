namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// What one delivery came to, after the channel's own retries (<see cref="Attempts"/> of them).
/// A <see cref="DeliveryOutcome.PermanentFailure"/> is not retried later (bad address, 4xx).
/// </summary>
internal sealed record DeliveryResult(DeliveryOutcome Outcome, string Detail, int Attempts = 1)
{
    public static DeliveryResult Delivered(string detail, int attempts = 1) => new(DeliveryOutcome.Delivered, detail, attempts);
    /// <summary>The channel had already delivered this idempotency key (a retry after a crash).</summary>
    public static DeliveryResult AlreadyDelivered(string detail) => new(DeliveryOutcome.AlreadyDelivered, detail);
    public static DeliveryResult Failed(string detail, int attempts = 1) => new(DeliveryOutcome.Failed, detail, attempts);
    public static DeliveryResult Permanent(string detail, int attempts = 1) => new(DeliveryOutcome.PermanentFailure, detail, attempts);
}

internal enum DeliveryOutcome { Delivered, AlreadyDelivered, Failed, PermanentFailure }
