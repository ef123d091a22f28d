namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// One rendered notice to hand to one channel. <see cref="IdempotencyKey"/> is
/// <c>{notice key}|{ruleset version}|{channel}</c> (notice key = target kind, district, target, event,
/// episode start): a channel that sees the same key twice must not deliver twice.
/// <see cref="Reminder"/> marks the reminder of an unacknowledged notice (its key ends in <c>|reminder</c>):
/// delivered once more, besides the notice itself.
/// </summary>
internal sealed record DeliveryRequest(
    long NoticeId,
    string IdempotencyKey,
    string TargetKind,
    string Target,
    string TargetName,
    string District,
    string Event,
    string DocumentNumber,
    string Title,
    string Html,
    string Text,
    string Sms,
    string? Email,
    string? Webhook,
    bool Reminder = false);
