using EmergencyDSS.Notices;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Run inside the planning transaction, before the warnings move: every recipient a new plan addresses has its
/// unsent notices (Rendered, Scheduled) Withdrawn — the new notice overtakes them. A recipient that has received
/// nothing of its district's open warning gets the current state as an issue notice (not an upgrade, extension or
/// downgrade of something it never saw), and no lift notice at all.
/// </summary>
internal static class OvertakenNotices
{
    public static async Task<List<PlannedNotice>> ReconcileAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<PlannedNotice> plans,
        long evaluationId, DateTimeOffset now)
    {
        if (plans.Count == 0) return [];
        var keys = plans.Select(p => (p.TargetKind, p.District, p.Target)).Distinct().ToList();
        (string, object?)[] args = [("k", keys.Select(k => k.TargetKind).ToArray()), ("d", keys.Select(k => k.District).ToArray()),
            ("t", keys.Select(k => k.Target).ToArray()), ("now", now), ("e", evaluationId)];
        await Sql.ExecAsync(conn, tx, """
            with keys as (select * from unnest(@k, @d, @t) as x(k, d, t)),
            overtaken as (
                update notices n set status = 'Withdrawn', updated_at = @now from keys
                where n.target_kind = keys.k and n.district = keys.d and n.target = keys.t and n.status in ('Rendered', 'Scheduled')
                returning n.id)
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', id, 'Withdrawn', 'overtaken by evaluation ' || @e from overtaken
            """, args);
        var received = (await Sql.ListAsync(conn, tx, """
            select distinct n.target_kind, n.district, n.target
            from notices n join unnest(@k, @d, @t) as keys(k, d, t) on n.target_kind = keys.k and n.district = keys.d and n.target = keys.t
            join warnings w on w.id = n.warning_id
            where n.status in ('Sent', 'Delivered', 'Acknowledged') and w.status not in ('Lifted', 'Rejected')
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2)), args)).ToHashSet();
        var current = new List<PlannedNotice>(plans.Count);
        foreach (var plan in plans)
        {
            if (received.Contains((plan.TargetKind, plan.District, plan.Target))) current.Add(plan);
            else if (plan.Event is "upgrade" or "downgrade" or "extend") current.Add(plan with { Event = "issue" });
            else if (plan.Event != "lift") current.Add(plan);
        }
        return current;
    }
}
