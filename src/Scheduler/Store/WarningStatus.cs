namespace EmergencyDSS.Scheduler.Store;

/// <summary>A warning's lifecycle: Proposed → Approved → Issued → Upgraded / Downgraded / Extended → Lifted, or Rejected.</summary>
internal static class WarningStatus
{
    public const string Proposed = "Proposed";
    public const string Approved = "Approved";
    public const string Issued = "Issued";
    public const string Upgraded = "Upgraded";
    public const string Downgraded = "Downgraded";
    public const string Extended = "Extended";
    public const string Lifted = "Lifted";
    public const string Rejected = "Rejected";

    /// <summary>The state a warning reaches when notices of this event go out.</summary>
    public static string AfterEvent(string noticeEvent) => noticeEvent switch
    {
        "upgrade" => Upgraded,
        "downgrade" => Downgraded,
        "extend" => Extended,
        "lift" => Lifted,
        _ => Issued,
    };
}
