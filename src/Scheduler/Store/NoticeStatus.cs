using EmergencyDSS.Notices.Lifecycle;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>The notices.status words: the shared lifecycle's (<see cref="NoticeState"/>), named here for the store's callers and the console.</summary>
internal static class NoticeStatus
{
    public const string Rendered = NoticeState.Rendered;
    public const string Scheduled = NoticeState.Scheduled;
    public const string Sent = NoticeState.Sent;
    public const string Delivered = NoticeState.Delivered;
    public const string Acknowledged = NoticeState.Acknowledged;
    public const string Withdrawn = NoticeState.Withdrawn;
    public const string Failed = NoticeState.Failed;
}
