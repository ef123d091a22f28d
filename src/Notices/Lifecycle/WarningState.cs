namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>
/// A warning's lifecycle: Proposed → Approved → Issued → Upgraded / Downgraded / Extended → Lifted, or Rejected.
/// The scheduler stores these words; replay keeps them in memory.
/// </summary>
internal static class WarningState
{
    public const string Proposed = "Proposed";
    public const string Approved = "Approved";
    public const string Issued = "Issued";
    public const string Upgraded = "Upgraded";
    public const string Downgraded = "Downgraded";
    public const string Extended = "Extended";
    public const string Lifted = "Lifted";
    public const string Rejected = "Rejected";

    /// <summary>Open: neither lifted nor rejected (at most one per district).</summary>
    public static bool IsOpen(string state) => state is not (Lifted or Rejected);

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
