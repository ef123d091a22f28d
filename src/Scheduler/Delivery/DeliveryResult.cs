namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>What one delivery attempt came to. <c>Permanent</c> failures are not retried (bad address).</summary>
internal sealed record DeliveryResult(DeliveryOutcome Outcome, string Detail)
{
    public static DeliveryResult Delivered(string detail) => new(DeliveryOutcome.Delivered, detail);
    /// <summary>The channel had already delivered this idempotency key (a retry after a crash).</summary>
    public static DeliveryResult AlreadyDelivered(string detail) => new(DeliveryOutcome.AlreadyDelivered, detail);
    public static DeliveryResult Failed(string detail) => new(DeliveryOutcome.Failed, detail);
    public static DeliveryResult Permanent(string detail) => new(DeliveryOutcome.PermanentFailure, detail);
}

internal enum DeliveryOutcome { Delivered, AlreadyDelivered, Failed, PermanentFailure }
