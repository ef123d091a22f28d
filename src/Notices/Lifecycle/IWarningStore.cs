using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>
/// What the warning lifecycle needs from a store: the open warnings, their transitions, and the notices
/// already planned for a recipient. The scheduler's store is PostgreSQL (inside its planning transaction);
/// replay's is in memory (<see cref="InMemoryWarningStore"/>).
/// </summary>
internal interface IWarningStore
{
    /// <summary>The open warning of each district (locked for the step where the store can lock).</summary>
    Task<IReadOnlyDictionary<string, OpenWarning>> OpenWarningsAsync();

    /// <summary>A new warning in <paramref name="status"/>; <paramref name="detail"/> is the audit line. Returns its id.</summary>
    Task<long> OpenAsync(WarningDecision warning, string status, string detail);

    /// <summary>Moves a warning to <paramref name="status"/>, with the new decision (null: keep level and dates).</summary>
    Task MoveAsync(long id, WarningDecision? warning, string status, string detail);

    /// <summary>The notices of a warning still waiting for approval are Withdrawn (it is lifted before anyone saw it).</summary>
    Task WithdrawAwaitingApprovalAsync(long warningId);

    /// <summary>Every unsent (Rendered, Scheduled) notice to these recipients is Withdrawn: newer plans overtake it.</summary>
    Task WithdrawUnsentAsync(IReadOnlyList<NoticeAddress> recipients);

    /// <summary>Those of the recipients who received a notice (Sent, Delivered, Acknowledged) of a warning still open.</summary>
    Task<IReadOnlySet<NoticeAddress>> ReceivedAsync(IReadOnlyList<NoticeAddress> recipients);
}
