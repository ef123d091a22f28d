using EmergencyDSS.Notices;
using EmergencyDSS.Notices.Lifecycle;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Renders and stores the recipients' notices of one district of a planned evaluation (a render part left by
/// <see cref="NoticePlanning"/>), in one transaction that locks the part (two servers never render it twice) and, for share,
/// the warnings its notices belong to: <see cref="ApprovalGate"/> locks a warning for update, so an approval or a rejection
/// falls wholly before this transaction (the notices are stored in the state it left) or after it (it updates them). The
/// notices are rebuilt from the stored decisions and reconciled with the recipients the planning transaction found; their
/// 文号 were given there. The last part of an evaluation marks it Planned.
/// </summary>
internal sealed class DistrictRendering(NpgsqlDataSource db, StepSnapshots snapshots, TimeProvider clock)
{
    /// <summary>Renders one part in a transaction of its own (nothing when it was rendered already); returns its batch, to
    /// dispatch either way (a job retried after its commit must not leave the batch to the stalled-batch sweep).</summary>
    public async Task<long?> RenderAsync(long partId)
    {
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var batch = await RenderAsync(conn, tx, partId)
                    ?? await Sql.ScalarAsync<long?>(conn, tx, "select batch_id from notice_renders where id = @id", ("id", partId));
        await tx.CommitAsync();
        return batch;
    }

    /// <summary>Inside the planning transaction: renders every part still pending, oldest first; returns their batches.</summary>
    public async Task<IReadOnlyList<long>> RenderPendingAsync(NpgsqlConnection conn, NpgsqlTransaction tx)
    {
        var batches = new List<long>();
        // All at once, before rendering any: this waits for the render jobs in flight (each holds its part) and then holds every
        // part still pending, so a job taking one later waits for this transaction — never the other way round while this one
        // holds an evaluation row a job needs.
        foreach (var id in await Sql.ListAsync(conn, tx, "select id from notice_renders where status = 'Pending' order by id for update", r => r.GetInt64(0)))
            if (await RenderAsync(conn, tx, id) is { } batch) batches.Add(batch);
        return batches;
    }

    private async Task<long?> RenderAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long partId)
    {
        // A render job in flight holds the row: this waits for it, then finds the part Rendered and leaves it.
        var row = (await Sql.ListAsync(conn, tx, """
            select evaluation_id, district, batch_id, part::text from notice_renders where id = @id and status = 'Pending' for update
            """, r => (Evaluation: r.GetInt64(0), District: r.GetString(1), Batch: r.GetInt64(2), Part: r.GetString(3)), ("id", partId))).SingleOrDefault();
        if (row == default) return null;
        var part = RenderPart.FromJson(row.Part);
        var warnings = (await Sql.ListAsync(conn, tx, "select id, status from warnings where id = any(@ids) order by id for share",
            r => (r.GetInt64(0), r.GetString(1)), ("ids", part.Warnings.Select(w => w.Id).ToArray()))).ToDictionary(w => w.Item1, w => w.Item2);
        var snapshot = await snapshots.GetAsync(row.Evaluation);

        var plans = WarningLifecycle.Reconcile(snapshot.Unreconciled[row.District].ToList(), part.ReceivedIn(row.District))
            .ToDictionary(p => p.Key, StringComparer.Ordinal);
        var numbered = part.Notices.Select(e => new NumberedNotice(
            plans.GetValueOrDefault(e.Key) ?? throw new InvalidOperationException($"render part {partId}: the stored decisions do not plan {e.Key}"),
            e.Number, e.Amends)).ToList();
        var rendered = snapshot.Ruleset.Renderer.RenderNumbered(numbered, snapshot.Decisions,
            await AcknowledgmentCodeDraw.DrawAsync(conn, tx, numbered.Select(n => n.Plan).ToList()), part.RegionalNumbers(), part.WarningNotices());

        var entries = part.Notices.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var warningPlans = part.Warnings.ToDictionary(w => w.Id);
        var rows = rendered.Notices.Select(notice =>
        {
            var entry = entries[notice.Id];
            var warning = entry.WarningId is { } w ? warningPlans[w] : null;
            return snapshot.Contacts.Row(notice, plans[notice.Id].Level, warning, StoredStatus(entry, warnings), row.Batch, snapshot.Ruleset.Sha256, part.PlannedAt);
        }).ToList();
        // Stored (and audited) now; the documents themselves are dated by the forecast, as if rendered in the planning transaction.
        var now = ShanghaiTime.Now(clock);
        var before = await Sql.ScalarAsync<long?>(conn, tx, "select max(id) from notices where batch_id = @b", ("b", row.Batch)) ?? 0;
        var inserted = await NoticeRows.InsertAsync(conn, tx, rows, now);
        await Sql.ExecAsync(conn, tx, """
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', id, status, event || ' ' || document_number from notices where batch_id = @b and id > @before
            """, ("now", now), ("b", row.Batch), ("before", before));
        await Sql.ExecAsync(conn, tx, "update notice_renders set status = 'Rendered', rendered_at = @now where id = @id", ("now", now), ("id", partId));
        // Parts of one evaluation take turns here (the row lock), so the last one sees every other part committed.
        await Sql.ExecAsync(conn, tx, "update evaluations set notices = notices + @n where id = @e", ("n", inserted), ("e", row.Evaluation));
        await Sql.ExecAsync(conn, tx, """
            update evaluations set status = 'Planned'
            where id = @e and status = 'Rendering' and not exists (select 1 from notice_renders where evaluation_id = @e and status = 'Pending' and id <> @id)
            """, ("e", row.Evaluation), ("id", partId));
        return row.Batch;
    }

    /// <summary>
    /// A notice planned Rendered waits for its warning's approval: if the approver decided meanwhile, it is stored as the
    /// gate would have left it (approved: Scheduled; rejected, or lifted before approval: Withdrawn).
    /// </summary>
    internal static string StoredStatus(RenderPart.Entry entry, IReadOnlyDictionary<long, string> warnings)
    {
        if (entry.Status != NoticeState.Rendered || entry.WarningId is not { } id) return entry.Status;
        return warnings.GetValueOrDefault(id) switch
        {
            WarningStatus.Proposed => NoticeState.Rendered,
            WarningStatus.Rejected or WarningStatus.Lifted or null => NoticeState.Withdrawn,
            _ => NoticeState.Scheduled,
        };
    }
}
