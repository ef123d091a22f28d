namespace EmergencyDSS.Scheduler.Store;

/// <summary>A notice's lifecycle: Rendered (waiting for approval) → Scheduled → Delivered → Acknowledged; or Withdrawn, Failed.</summary>
internal static class NoticeStatus
{
    public const string Rendered = "Rendered";
    public const string Scheduled = "Scheduled";
    public const string Sent = "Sent";
    public const string Delivered = "Delivered";
    public const string Acknowledged = "Acknowledged";
    public const string Withdrawn = "Withdrawn";
    public const string Failed = "Failed";
}
