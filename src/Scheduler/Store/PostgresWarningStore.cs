using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Notices.Lifecycle;
using Npgsql;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>
/// The warning lifecycle's store in PostgreSQL, inside the planning transaction of one evaluation: warnings
/// (open ones locked), notices, and every transition in the audit log.
/// </summary>
internal sealed class PostgresWarningStore(NpgsqlConnection conn, NpgsqlTransaction tx, long evaluationId, DateTimeOffset now,
    Delivery.FileOutboxChannel? outbox = null) : IWarningStore
{
    public async Task<IReadOnlyDictionary<string, OpenWarning>> OpenWarningsAsync() => await WarningRecords.OpenByDistrictAsync(conn, tx);

    public async Task<long> OpenAsync(WarningDecision warning, string status, string detail)
    {
        var id = await WarningRecords.InsertAsync(conn, tx, warning, status, evaluationId, now);
        await AuditLog.AppendAsync(conn, tx, now, "scheduler", "warning", id, status, detail);
        return id;
    }

    public async Task MoveAsync(long id, WarningDecision? warning, string status, string detail)
    {
        await WarningRecords.UpdateAsync(conn, tx, id, warning, status, evaluationId, now);
        await AuditLog.AppendAsync(conn, tx, now, "scheduler", "warning", id, status, detail);
    }

    public Task WithdrawAwaitingApprovalAsync(long warningId) =>
        Sql.ExecAsync(conn, tx, "update notices set status = 'Withdrawn', updated_at = @now where warning_id = @id and status = 'Rendered'",
            ("now", now), ("id", warningId));

    public async Task WithdrawUnsentAsync(IReadOnlyList<NoticeAddress> recipients)
    {
        // What the outbox delivered just before a crash is delivered, not unsent: settle it first (never withdraw what a recipient has).
        await Jobs.DeliveredBeforeCrash.SettleAsync(conn, tx, outbox, recipients, now);
        await Sql.ExecAsync(conn, tx, """
            with keys as (select * from unnest(@k, @d, @t) as x(k, d, t)),
            overtaken as (
                update notices n set status = 'Withdrawn', updated_at = @now from keys
                where n.target_kind = keys.k and n.district = keys.d and n.target = keys.t and n.status in ('Rendered', 'Scheduled')
                returning n.id)
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', id, 'Withdrawn', 'overtaken by evaluation ' || @e from overtaken
            """, Keys(recipients));
    }

    public async Task<IReadOnlySet<NoticeAddress>> ReceivedAsync(IReadOnlyList<NoticeAddress> recipients) =>
        (await Sql.ListAsync(conn, tx, """
            select distinct n.target_kind, n.district, n.target
            from notices n join unnest(@k, @d, @t) as keys(k, d, t) on n.target_kind = keys.k and n.district = keys.d and n.target = keys.t
            join warnings w on w.id = n.warning_id
            where n.status in ('Sent', 'Delivered', 'Acknowledged') and w.status not in ('Lifted', 'Rejected')
            """, r => new NoticeAddress(r.GetString(0), r.GetString(1), r.GetString(2)), Keys(recipients))).ToHashSet();

    private (string, object?)[] Keys(IReadOnlyList<NoticeAddress> recipients) =>
        [("k", recipients.Select(k => k.TargetKind).ToArray()), ("d", recipients.Select(k => k.District).ToArray()),
            ("t", recipients.Select(k => k.Target).ToArray()), ("now", now), ("e", evaluationId)];
}
