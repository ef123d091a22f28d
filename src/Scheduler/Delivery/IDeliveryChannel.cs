namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// A way a notice reaches its recipient: file outbox, e-mail (SMTP), webhook. Implementations are
/// thread-safe, safe to call again with the same request (idempotent per <see cref="DeliveryRequest.IdempotencyKey"/>
/// as far as the channel can know), and never throw for a delivery failure: they return a result.
/// </summary>
internal interface IDeliveryChannel
{
    /// <summary>outbox | email | webhook.</summary>
    string Name { get; }

    /// <summary>Whether this channel can reach the request's recipient (e.g. an e-mail address is known).</summary>
    bool Applies(DeliveryRequest request);

    Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken);
}
