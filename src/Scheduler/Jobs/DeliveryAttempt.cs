using EmergencyDSS.Scheduler.Delivery;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>What one channel did with one notice, to be recorded as a delivery row.</summary>
internal sealed record DeliveryAttempt(long NoticeId, string Channel, DeliveryResult Result);
