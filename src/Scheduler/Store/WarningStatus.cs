using EmergencyDSS.Notices.Lifecycle;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>The warnings.status words: the shared lifecycle's (<see cref="WarningState"/>), named here for the store's callers and the console.</summary>
internal static class WarningStatus
{
    public const string Proposed = WarningState.Proposed;
    public const string Approved = WarningState.Approved;
    public const string Issued = WarningState.Issued;
    public const string Upgraded = WarningState.Upgraded;
    public const string Downgraded = WarningState.Downgraded;
    public const string Extended = WarningState.Extended;
    public const string Lifted = WarningState.Lifted;
    public const string Rejected = WarningState.Rejected;

    /// <summary>The state a warning reaches when notices of this event go out.</summary>
    public static string AfterEvent(string noticeEvent) => WarningState.AfterEvent(noticeEvent);
}
