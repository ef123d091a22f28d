using EmergencyDSS.Engine.Changes;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>
/// The warning lifecycle, shared by the scheduler and replay: classifies the change from the last planned
/// decisions (<see cref="ChangeClassifier"/>), plans the notices it calls for (<see cref="ChangeNoticePlanner"/>),
/// lets them overtake unsent notices, and moves each district's warning: new → Proposed (needs approval) or
/// Issued; amendments → Upgraded / Downgraded / Extended, or back to Proposed when the new level needs approval;
/// gone → Lifted. A warning still waiting for approval stays Proposed whatever happens.
/// </summary>
internal static class WarningLifecycle
{
    /// <param name="dampingHours">The ruleset's <c>damping</c> (0: none): a warning announced less than this many hours before
    /// <paramref name="now"/> is not lifted by this forecast (<see cref="Damping"/>).</param>
    public static async Task<LifecycleStep> AdvanceAsync(IWarningStore store, DecisionSet? previous, DecisionSet current,
        int dampingHours = 0, DateTimeOffset now = default)
    {
        IReadOnlyList<string> held = [];
        if (dampingHours > 0 && previous is not null)
        {
            var announced = (await store.OpenWarningsAsync()).Values.ToDictionary(w => w.District, w => w.AnnouncedAt, StringComparer.Ordinal);
            current = Damping.Hold(previous, current, announced, now, dampingHours, out held);
        }
        var changes = ChangeClassifier.Classify(previous, current);
        var unreconciled = ChangeNoticePlanner.Plan(previous, current, changes);
        var (plans, received) = await ReconcileAsync(store, unreconciled);
        var (warnings, states) = await MoveAsync(store, changes);
        return new LifecycleStep(changes, plans, warnings, states, current, held, received, unreconciled);
    }

    /// <summary>
    /// The notices a step plans before they are reconciled with what recipients received: a pure function of the last planned
    /// decisions and the step's (after damping), so a render job can rebuild a district's plans from the stored decisions.
    /// </summary>
    public static IReadOnlyList<PlannedNotice> Unreconciled(DecisionSet? previous, DecisionSet current) =>
        ChangeNoticePlanner.Plan(previous, current, ChangeClassifier.Classify(previous, current));

    /// <summary>
    /// Every recipient a new plan addresses has its unsent notices Withdrawn — the new notice overtakes them. A
    /// recipient that has received nothing of its district's open warning gets the current state as an issue
    /// notice (not an upgrade, extension or downgrade of something it never saw), and no lift notice at all.
    /// </summary>
    private static async Task<(IReadOnlyList<PlannedNotice>, IReadOnlySet<NoticeAddress>)> ReconcileAsync(IWarningStore store,
        IReadOnlyList<PlannedNotice> plans)
    {
        if (plans.Count == 0) return ([], new HashSet<NoticeAddress>());
        var recipients = plans.Select(p => new NoticeAddress(p.TargetKind, p.District, p.Target)).Distinct().ToList();
        await store.WithdrawUnsentAsync(recipients);
        var received = await store.ReceivedAsync(recipients);
        return (Reconcile(plans, received), received);
    }

    /// <summary>The reconciliation itself, given who has received something of their district's open warning.</summary>
    public static IReadOnlyList<PlannedNotice> Reconcile(IReadOnlyList<PlannedNotice> plans, IReadOnlySet<NoticeAddress> received)
    {
        var current = new List<PlannedNotice>(plans.Count);
        foreach (var plan in plans)
        {
            if (received.Contains(new NoticeAddress(plan.TargetKind, plan.District, plan.Target))) current.Add(plan);
            // A planned level change (a later segment of the schedule) stays a change: the recipient gets the issue notice and it.
            else if (plan.Step > 0) current.Add(plan);
            else if (plan.Event is "upgrade" or "downgrade" or "extend") current.Add(plan with { Event = "issue" });
            else if (plan.Event != "lift") current.Add(plan);
        }
        return current;
    }

    private static async Task<(Dictionary<string, WarningPlan>, Dictionary<string, string>)> MoveAsync(IWarningStore store, ChangeSet changes)
    {
        var open = await store.OpenWarningsAsync();
        var plans = new Dictionary<string, WarningPlan>(StringComparer.Ordinal);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var w in open.Values)
            plans[w.District] = new WarningPlan(w.Id, w.EpisodeStart, w.End, null, w.Status == WarningState.Proposed ? NoticeState.Rendered : NoticeState.Scheduled);
        foreach (var change in changes.Districts)
        {
            var existing = open.GetValueOrDefault(change.District);
            if (change.Kind == DistrictChangeKind.Unchanged) continue;
            if (change.Kind == DistrictChangeKind.Lifted || change.Current is null)
            {
                if (existing is null) continue;
                var neverIssued = existing.Status == WarningState.Proposed;
                await store.MoveAsync(existing.Id, null, WarningState.Lifted, $"{change.District} {existing.Level}");
                if (neverIssued) await store.WithdrawAwaitingApprovalAsync(existing.Id);
                plans[change.District] = new WarningPlan(existing.Id, existing.EpisodeStart, existing.End, null,
                    neverIssued ? NoticeState.Withdrawn : NoticeState.Scheduled);
                states[change.District] = WarningState.Lifted;
                continue;
            }
            var w = change.Current;
            var detail = $"{w.District} {w.Level} {w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd} ({change.Kind})";
            var needsApproval = w.Approver is not null;
            string status;
            long id;
            DateOnly episodeStart;
            if (existing is null)
            {
                status = needsApproval ? WarningState.Proposed : WarningState.Issued;
                id = await store.OpenAsync(w, status, detail);
                episodeStart = w.Start;
            }
            else
            {
                var reapprove = needsApproval && change.Kind is DistrictChangeKind.Upgraded or DistrictChangeKind.Downgraded;
                status = existing.Status == WarningState.Proposed || reapprove ? WarningState.Proposed : AfterChange(change.Kind);
                id = existing.Id;
                episodeStart = existing.EpisodeStart;
                await store.MoveAsync(id, w, status, detail);
            }
            plans[change.District] = new WarningPlan(id, episodeStart, w.End, w.IssueBy,
                status == WarningState.Proposed ? NoticeState.Rendered : NoticeState.Scheduled);
            states[change.District] = status;
        }
        return (plans, states);
    }

    private static string AfterChange(DistrictChangeKind kind) => kind switch
    {
        DistrictChangeKind.Upgraded => WarningState.Upgraded,
        DistrictChangeKind.Downgraded or DistrictChangeKind.Shortened => WarningState.Downgraded,
        DistrictChangeKind.Extended => WarningState.Extended,
        _ => WarningState.Issued,
    };
}
