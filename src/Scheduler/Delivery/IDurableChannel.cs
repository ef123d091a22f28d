namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// A channel that records deliveries in a buffer of its own (the outbox log) and makes them durable in one
/// step: the delivery job calls <see cref="FlushAsync"/> before it commits the group's Delivered states, so the
/// database never says Delivered for a record the disk could still lose — one fsync per group, not per notice.
/// </summary>
internal interface IDurableChannel
{
    Task FlushAsync(CancellationToken cancellationToken);
}
