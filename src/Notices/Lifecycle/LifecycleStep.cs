using EmergencyDSS.Engine.Changes;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>
/// One forecast taken through the lifecycle: how each district's warning changed, the notices to send
/// (already reconciled with what recipients received), and where each district's warning stands. <see cref="Decisions"/>
/// are the decisions the step stands on: the evaluation's, with the warnings damping held (<see cref="Held"/>) carried over.
/// <see cref="Received"/>: the recipients of the plans that had received something of their district's open warning (what
/// reconciliation went by); <see cref="Unreconciled"/>: the plans before reconciliation (<see cref="WarningLifecycle.Unreconciled"/>).
/// </summary>
internal sealed record LifecycleStep(ChangeSet Changes, IReadOnlyList<PlannedNotice> Plans, IReadOnlyDictionary<string, WarningPlan> Warnings,
    IReadOnlyDictionary<string, string> States, DecisionSet Decisions, IReadOnlyList<string> Held,
    IReadOnlySet<NoticeAddress> Received, IReadOnlyList<PlannedNotice> Unreconciled);
