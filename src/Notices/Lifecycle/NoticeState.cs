namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>A notice's lifecycle: Rendered (waiting for approval) → Scheduled → Delivered → Acknowledged; or Withdrawn, Failed.</summary>
internal static class NoticeState
{
    public const string Rendered = "Rendered";
    public const string Scheduled = "Scheduled";
    public const string Sent = "Sent";
    public const string Delivered = "Delivered";
    public const string Acknowledged = "Acknowledged";
    public const string Withdrawn = "Withdrawn";
    public const string Failed = "Failed";

    /// <summary>Not yet out of the door: a newer plan for the same recipient overtakes it.</summary>
    public static bool IsUnsent(string state) => state is Rendered or Scheduled;

    /// <summary>The recipient has it.</summary>
    public static bool IsReceived(string state) => state is Sent or Delivered or Acknowledged;
}
