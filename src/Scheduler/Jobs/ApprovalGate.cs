using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// The approval gate: a Proposed warning's notices stay Rendered until a bureau approver approves it
/// (→ Approved, notices Scheduled, → Issued or the amendment's state) or rejects it (→ Rejected, notices Withdrawn).
/// Approving twice is the same as once. Four eyes: the account whose forecast upload proposed the warning
/// (its evaluation's <c>created_by</c>) may neither approve nor reject it. The comment goes into the audit log.
/// </summary>
internal sealed class ApprovalGate(NpgsqlDataSource db, BatchDispatcher dispatcher, TimeProvider clock)
{
    public async Task<(GateOutcome Outcome, string Status)> ApproveAsync(long warningId, string actor, string comment = "")
    {
        var now = ShanghaiTime.Now(clock);
        string status;
        await using (var conn = await db.OpenConnectionAsync())
        {
            await using var tx = await conn.BeginTransactionAsync();
            var current = await Sql.ScalarAsync<string>(conn, tx, "select status from warnings where id = @id for update", ("id", warningId));
            if (current is null) return (GateOutcome.NotFound, "");
            if (current is WarningStatus.Rejected or WarningStatus.Lifted) return (GateOutcome.Conflict, current);
            if (current != WarningStatus.Proposed) return (GateOutcome.Done, current);
            if (await ProposerAsync(conn, tx, warningId) == actor) return (GateOutcome.OwnProposal, current);
            await WarningRecords.SetStatusAsync(conn, tx, warningId, WarningStatus.Approved, now);
            await AuditLog.AppendAsync(conn, tx, now, actor, "warning", warningId, WarningStatus.Approved, comment);
            var ev = await Sql.ScalarAsync<string>(conn, tx,
                "select event from notices where warning_id = @id and status = 'Rendered' order by (target_kind = 'warning') desc, id desc limit 1", ("id", warningId));
            await Sql.ExecAsync(conn, tx, """
                insert into audit_log (at, actor, entity, entity_id, action, detail)
                select @now, @actor, 'notice', id, 'Scheduled', 'approved warning ' || @id from notices where warning_id = @id and status = 'Rendered'
                """, ("now", now), ("actor", actor), ("id", warningId));
            // What goes out says it was approved: the approved twin of each pending document takes its place.
            await Sql.ExecAsync(conn, tx, """
                update notices set status = 'Scheduled', updated_at = @now,
                    html = coalesce(approved_html, html), body_text = coalesce(approved_body_text, body_text),
                    sms = coalesce(approved_sms, sms), content_sha256 = coalesce(approved_content_sha256, content_sha256),
                    approved_html = null, approved_body_text = null, approved_sms = null, approved_content_sha256 = null
                where warning_id = @id and status = 'Rendered'
                """, ("now", now), ("id", warningId));
            status = WarningStatus.AfterEvent(ev ?? "issue");
            await WarningRecords.SetStatusAsync(conn, tx, warningId, status, now);
            await AuditLog.AppendAsync(conn, tx, now, actor, "warning", warningId, status, "notices scheduled");
            await tx.CommitAsync();
        }
        await dispatcher.DispatchWarningAsync(warningId);
        return (GateOutcome.Done, status);
    }

    public async Task<(GateOutcome Outcome, string Status)> RejectAsync(long warningId, string actor, string comment = "")
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var current = await Sql.ScalarAsync<string>(conn, tx, "select status from warnings where id = @id for update", ("id", warningId));
        if (current is null) return (GateOutcome.NotFound, "");
        if (current == WarningStatus.Rejected) return (GateOutcome.Done, current);
        if (current != WarningStatus.Proposed) return (GateOutcome.Conflict, current);
        if (await ProposerAsync(conn, tx, warningId) == actor) return (GateOutcome.OwnProposal, current);
        await WarningRecords.SetStatusAsync(conn, tx, warningId, WarningStatus.Rejected, now);
        await AuditLog.AppendAsync(conn, tx, now, actor, "warning", warningId, WarningStatus.Rejected, comment);
        await Sql.ExecAsync(conn, tx, """
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, @actor, 'notice', id, 'Withdrawn', 'rejected warning ' || @id from notices where warning_id = @id and status = 'Rendered'
            """, ("now", now), ("actor", actor), ("id", warningId));
        await Sql.ExecAsync(conn, tx, "update notices set status = 'Withdrawn', updated_at = @now where warning_id = @id and status = 'Rendered'", ("now", now), ("id", warningId));
        await tx.CommitAsync();
        return (GateOutcome.Done, WarningStatus.Rejected);
    }

    /// <summary>Who proposed the warning: the account that submitted the forecast its current evaluation came from.</summary>
    public static Task<string?> ProposerAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long warningId) =>
        Sql.ScalarAsync<string>(conn, tx, "select e.created_by from warnings w join evaluations e on e.id = w.evaluation_id where w.id = @id", ("id", warningId));
}
