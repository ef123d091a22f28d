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
/// The planning transaction, short and under the planning lock: reconciles an evaluation with the last planned one
/// (engine change classification), moves each district's warning through its lifecycle, gives every notice the change calls
/// for its 文号, renders and stores the warning documents (the city's regional warnings, the district warnings), and leaves
/// one render part per district (<c>notice_renders</c>) for <see cref="DistrictRendering"/>, which renders and stores the
/// recipients' notices in jobs any server can take. Earlier parts still pending are rendered first, inside this transaction:
/// a step reconciles with what is stored, so nothing of an earlier step may still be on its way.
/// Notices of a warning that needs approval stay Rendered until it is approved.
/// </summary>
internal sealed class NoticePlanning(NpgsqlDataSource db, TimeProvider clock, Hosting.DeliveryChannelSet channels, DistrictRendering rendering,
    StepSnapshots snapshots)
{
    /// <summary>Held by every planning transaction (forecast notices and 督办通知 share the 文号 sequence).</summary>
    internal const long PlanningLock = 0x4453_535F_504C_414E; // "DSS_PLAN"

    /// <returns>The batches of earlier evaluations this transaction finished rendering (to dispatch once it commits).</returns>
    public async Task<IReadOnlyList<long>> PlanAsync(EvaluationRecord evaluation, CompiledRuleset ruleset, DecisionSet decisions, string decisionsJson,
        IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites, int evaluateMs)
    {
        var watch = Stopwatch.StartNew();
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await Sql.ExecAsync(conn, tx, $"select pg_advisory_xact_lock({PlanningLock})");
        var current = await EvaluationRecords.ByIdAsync(conn, tx, evaluation.Id, forUpdate: true);
        if (current is null || current.Status != EvaluationRecords.Queued) return []; // planned (or superseded) by another worker meanwhile
        // Evaluations are planned in the order they were created: one that a newer one overtook must not turn the clock back.
        if (await Sql.ScalarAsync<long?>(conn, tx, "select max(id) from evaluations where status in ('Planned', 'Rendering') and id > @id", ("id", evaluation.Id)) is { } newer)
        {
            await Sql.ExecAsync(conn, tx, "update evaluations set status = 'Superseded', decisions = @d where id = @id", ("d", decisionsJson), ("id", evaluation.Id));
            await AuditLog.AppendAsync(conn, tx, now, "scheduler", "evaluation", evaluation.Id, "Superseded", $"evaluation {newer} was planned first");
            await tx.CommitAsync();
            return [];
        }
        var finished = await rendering.RenderPendingAsync(conn, tx);

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
        var numbers = await PersistedNoticeNumbers.LoadAsync(conn, tx);
        var numbering = ruleset.Renderer.Number(step.Plans, decisions, new WarningScopedNumbers(numbers, step.Warnings));
        await numbers.SaveAsync(conn);

        // The warning documents now (their recipients' notices cite them, and approval swaps in their approved twins); the rest per district.
        var ordered = numbering.Notices.OrderBy(n => n.Plan.TargetKind == "regional" ? 0 : 1).ToList();
        var dispositions = NoticeDispositions.Assign(ordered.Select(n => (n.Plan.Key, n.Plan.TargetKind, n.Plan.TargetName, n.Plan.Target, n.Plan.District, n.Plan.Event)),
            ruleset.Model, step.Warnings, now);
        var documents = ordered.Where(n => NoticeRenderer.IsWarningDocument(n.Plan)).ToList();
        var citations = new Dictionary<WarningNoticeKey, WarningNoticeCitation>();
        var rendered = ruleset.Renderer.RenderNumbered(documents, decisions, await AcknowledgmentCodeDraw.DrawAsync(conn, tx, documents.Select(d => d.Plan).ToList()),
            numbering.RegionalNumbers, citations);
        var planned = ordered.Select((n, i) => (n, d: dispositions[i])).ToList();
        var byKey = planned.ToDictionary(x => x.n.Plan.Key, StringComparer.Ordinal);
        var batchIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (n, d) in planned)
            if (!batchIds.ContainsKey(n.Plan.District))
                batchIds[n.Plan.District] = await Sql.ScalarAsync<long>(conn, tx, """
                    insert into notice_batches (evaluation_id, district, warning_id, due_at) values (@e, @d, @w, @due) returning id
                    """, ("e", evaluation.Id), ("d", n.Plan.District), ("w", d.Warning?.Id), ("due", d.Due));
        var contacts = new RecipientContacts(enterprises, sites);
        var rows = rendered.Notices.Select(notice =>
        {
            var (n, d) = byKey[notice.Id];
            return contacts.Row(notice, n.Plan.Level, d.Warning, d.Status, batchIds[notice.District], ruleset.Sha256, now);
        }).ToList();
        var inserted = await NoticeRows.InsertAsync(conn, tx, rows, now);
        await Sql.ExecAsync(conn, tx, """
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', n.id, n.status, n.event || ' ' || n.document_number
            from notices n join notice_batches b on b.id = n.batch_id where b.evaluation_id = @e
            """, ("now", now), ("e", evaluation.Id));

        var parts = await StorePartsAsync(conn, tx, evaluation.Id, ordered.Where(n => !NoticeRenderer.IsWarningDocument(n.Plan)), byKey, batchIds, step,
            citations, numbering.RegionalNumbers, now);
        await Sql.ExecAsync(conn, tx, """
            update evaluations set status = @s, decisions = @d, previous_id = @p, notices = @n, evaluate_ms = @ems, plan_ms = @pms, planned_at = @now
            where id = @id
            """, ("s", parts == 0 ? EvaluationRecords.Planned : EvaluationRecords.Rendering), ("d", decisionsJson), ("p", last?.Id), ("n", inserted),
            ("ems", evaluateMs), ("pms", (int)watch.ElapsedMilliseconds), ("now", now), ("id", evaluation.Id));
        await AuditLog.AppendAsync(conn, tx, now, "scheduler", "evaluation", evaluation.Id, "Planned",
            $"{decisions.Warnings.Count} warnings, {numbering.Notices.Count} notices ({inserted} warning documents stored, the rest in {parts} districts' render jobs), {numbering.Unbound.Count} unbound");
        await tx.CommitAsync();
        if (parts > 0)
            snapshots.Seed(evaluation.Id, new StepSnapshots.Snapshot(ruleset, decisions, step.Unreconciled.ToLookup(p => p.District, StringComparer.Ordinal), contacts));
        return finished;
    }

    /// <summary>One render part per district with recipients' notices; returns how many.</summary>
    private static async Task<int> StorePartsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long evaluationId, IEnumerable<NumberedNotice> recipients,
        Dictionary<string, (NumberedNotice n, NoticeDisposition d)> byKey, Dictionary<string, long> batchIds, LifecycleStep step,
        Dictionary<WarningNoticeKey, WarningNoticeCitation> citations, IReadOnlyDictionary<RegionalKey, string> regionalNumbers, DateTimeOffset now)
    {
        var regional = regionalNumbers.OrderBy(r => r.Value, StringComparer.Ordinal)
            .Select(r => new RenderPart.RegionalNumber(r.Key.Region, r.Key.Start, r.Key.End, r.Value)).ToList();
        var parts = 0;
        foreach (var district in recipients.GroupBy(n => n.Plan.District, StringComparer.Ordinal))
        {
            var entries = district.Select(n => (n, byKey[n.Plan.Key].d)).ToList();
            var part = new RenderPart(
                step.Received.Where(a => a.District == district.Key).Select(a => new RenderPart.Address(a.TargetKind, a.Target))
                    .OrderBy(a => a.TargetKind, StringComparer.Ordinal).ThenBy(a => a.Target, StringComparer.Ordinal).ToList(),
                entries.Select(e => new RenderPart.Entry(e.n.Plan.Key, e.n.Number, e.n.Amends, e.d.Warning?.Id, e.d.Status)).ToList(),
                entries.Select(e => e.d.Warning).OfType<WarningPlan>().DistinctBy(w => w.Id).ToList(),
                citations.Where(c => c.Key.District == district.Key)
                    .Select(c => new RenderPart.Citation(c.Key.District, c.Key.Event, c.Key.Step, c.Value.Title, c.Value.Number)).ToList(),
                regional, now);
            await Sql.ExecAsync(conn, tx, """
                insert into notice_renders (evaluation_id, district, batch_id, part, created_at) values (@e, @d, @b, @p::jsonb, @now)
                """, ("e", evaluationId), ("d", district.Key), ("b", batchIds[district.Key]), ("p", part.ToJson()), ("now", now));
            parts++;
        }
        return parts;
    }
}
