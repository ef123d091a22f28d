using System.Diagnostics;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Output;
using EmergencyDSS.Notices;
using EmergencyDSS.Notices.Lifecycle;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Reconciles an evaluation with the last planned one (engine change classification), moves each
/// district's warning through its lifecycle, renders the notices the change calls for and stores them
/// — all in one transaction under the planning lock, so planning happens once and numbers stay sequential.
/// Notices of a warning that needs approval stay Rendered until it is approved.
/// </summary>
internal sealed class NoticePlanning(NpgsqlDataSource db, TimeProvider clock, Hosting.DeliveryChannelSet channels)
{
    /// <summary>Held by every planning transaction (forecast notices and 督办通知 share the 文号 sequence).</summary>
    internal const long PlanningLock = 0x4453_535F_504C_414E; // "DSS_PLAN"

    public async Task PlanAsync(EvaluationRecord evaluation, CompiledRuleset ruleset, DecisionSet decisions, string decisionsJson,
        IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites, int evaluateMs)
    {
        var watch = Stopwatch.StartNew();
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await Sql.ExecAsync(conn, tx, $"select pg_advisory_xact_lock({PlanningLock})");
        var current = await EvaluationRecords.ByIdAsync(conn, tx, evaluation.Id, forUpdate: true);
        if (current is null || current.Status != EvaluationRecords.Queued) return; // planned (or superseded) by another worker meanwhile
        // Evaluations are planned in the order they were created: one that a newer one overtook must not turn the clock back.
        if (await Sql.ScalarAsync<long?>(conn, tx, "select max(id) from evaluations where status = 'Planned' and id > @id", ("id", evaluation.Id)) is { } newer)
        {
            await Sql.ExecAsync(conn, tx, "update evaluations set status = 'Superseded', decisions = @d where id = @id", ("d", decisionsJson), ("id", evaluation.Id));
            await AuditLog.AppendAsync(conn, tx, now, "scheduler", "evaluation", evaluation.Id, "Superseded", $"evaluation {newer} was planned first");
            await tx.CommitAsync();
            return;
        }

        var last = await EvaluationRecords.LastPlannedAsync(conn, tx);
        var previous = last is null ? null : DecisionsJson.Deserialize(last.Value.Decisions);
        // The lifecycle shared with `dss replay`: classify, plan, overtake unsent notices, move the warnings.
        // Before anything is overtaken, notices the outbox delivered just before a crash are settled as delivered.
        var step = await WarningLifecycle.AdvanceAsync(new PostgresWarningStore(conn, tx, evaluation.Id, now, channels.Outbox), previous, decisions,
            ruleset.Model.Episodes.DampingHours, now);
        // Damping may hold warnings this forecast would lift: the step's decisions carry them, and the next evaluation compares with those.
        if (step.Held.Count > 0) (decisions, decisionsJson) = (step.Decisions, DecisionsJson.Serialize(step.Decisions));
        foreach (var district in step.Held)
            await AuditLog.AppendAsync(conn, tx, now, "scheduler", "evaluation", evaluation.Id, "Damped",
                $"{district}：预报好转，但距上次发布不足{ruleset.Model.Episodes.DampingHours}小时，暂不解除");
        var plans = step.Plans;
        var numbers = await PersistedNoticeNumbers.LoadAsync(conn, tx);
        // Nothing changed, nothing to render (the renderer does not take an empty plan list).
        var batch = plans.Count == 0 ? new NoticeBatch([], []) : ruleset.Renderer.Render(plans, decisions, new WarningScopedNumbers(numbers, step.Warnings),
            await AcknowledgmentCodeDraw.DrawAsync(conn, tx, plans));
        await numbers.SaveAsync(conn);

        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in plans) levels.TryAdd(p.Key, p.Level);
        // Where each recipient on the lists can be reached besides the outbox (enterprises: e-mail and webhook; sites: e-mail).
        var contacts = enterprises.Select(e => (Key: ("enterprise", e.Id), Reach: (e.Email, e.Webhook)))
            .Concat(sites.Select(s => (Key: ("site", s.Id), Reach: (s.Email, (string?)null))))
            .ToDictionary(c => c.Key, c => c.Reach);
        var dispositions = NoticeDispositions.Assign(batch.Notices.Select(n => (n.Id, n.TargetKind, n.TargetName, n.Target, n.District, n.Event)),
            ruleset.Model, step.Warnings, now);
        var batchIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var rows = new List<NoticeRow>(batch.Notices.Count);
        for (var i = 0; i < batch.Notices.Count; i++)
        {
            var (notice, d) = (batch.Notices[i], dispositions[i]);
            var warning = d.Warning;
            if (!batchIds.TryGetValue(notice.District, out var batchId))
                batchIds[notice.District] = batchId = await Sql.ScalarAsync<long>(conn, tx, """
                    insert into notice_batches (evaluation_id, district, warning_id, due_at) values (@e, @d, @w, @due) returning id
                    """, ("e", evaluation.Id), ("d", notice.District), ("w", warning?.Id), ("due", d.Due));
            var (email, webhook) = contacts.GetValueOrDefault(notice.TargetKind == "stagger"
                ? ("enterprise", NoticePlanner.RecipientId(notice.TargetKind, notice.Target)) : (notice.TargetKind, notice.Target));
            rows.Add(new NoticeRow(batchId, warning?.Id, notice.TargetKind, notice.District, notice.Target, notice.TargetName, notice.Event,
                levels.GetValueOrDefault(notice.Id, ""), warning?.EpisodeStart ?? DateOnly.FromDateTime(now.Date), warning?.End ?? DateOnly.FromDateTime(now.Date),
                ruleset.Sha256, notice.Subject, notice.DocumentNumber, notice.Title, notice.Html, notice.Text, notice.Sms,
                AcknowledgmentCodes.Sha256(notice.AcknowledgmentCode), notice.ContentSha256, email, webhook, d.Status,
                notice.WhenApproved is { } a ? new ApprovedDocument(a.Html, a.Text, a.Sms, a.ContentSha256) : null));
        }
        var inserted = await NoticeRows.InsertAsync(conn, tx, rows, now);
        await Sql.ExecAsync(conn, tx, """
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', n.id, n.status, n.event || ' ' || n.document_number
            from notices n join notice_batches b on b.id = n.batch_id where b.evaluation_id = @e
            """, ("now", now), ("e", evaluation.Id));
        await Sql.ExecAsync(conn, tx, """
            update evaluations set status = 'Planned', decisions = @d, previous_id = @p, notices = @n, evaluate_ms = @ems, plan_ms = @pms, planned_at = @now
            where id = @id
            """, ("d", decisionsJson), ("p", last?.Id), ("n", inserted), ("ems", evaluateMs), ("pms", (int)watch.ElapsedMilliseconds), ("now", now), ("id", evaluation.Id));
        await AuditLog.AppendAsync(conn, tx, now, "scheduler", "evaluation", evaluation.Id, "Planned",
            $"{decisions.Warnings.Count} warnings, {inserted} notices, {batch.Unbound.Count} unbound");
        await tx.CommitAsync();
    }
}
