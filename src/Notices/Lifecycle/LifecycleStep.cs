using EmergencyDSS.Engine.Changes;

namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>
/// One forecast taken through the lifecycle: how each district's warning changed, the notices to send
/// (already reconciled with what recipients received), and where each district's warning stands.
/// </summary>
internal sealed record LifecycleStep(ChangeSet Changes, IReadOnlyList<PlannedNotice> Plans, IReadOnlyDictionary<string, WarningPlan> Warnings,
    IReadOnlyDictionary<string, string> States);
