using EmergencyDSS.Notices;
using EmergencyDSS.Scheduler.Store;
using EmergencyDSS.Scheduler.Supervision;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Plans the 督办通知 (supervision notice) of every enterprise that has gone on the supervision list (督企清单): the list
/// is computed from the recorded on-site checks by the active ruleset's `supervise` line, the notice rendered from that
/// line's template, numbered like every other notice (under the planning lock), stored Scheduled and handed to the
/// normal delivery. One notice per listing window: an enterprise noticed on day D is not noticed again until D plus the
/// rule's window (the notice's episode_start..episode_end), however often it is listed in between or the job runs.
/// Runs after each recorded inspection and every five minutes (so a lost enqueue or a newly activated ruleset catches up).
/// </summary>
internal sealed class SupervisionNoticeJob(NpgsqlDataSource db, CompiledRulesets rulesets, BatchDispatcher dispatcher, TimeProvider clock)
{
    public const string TargetKind = "supervision";

    [AutomaticRetry(Attempts = 10)]
    public async Task RunAsync()
    {
        foreach (var batch in await PlanAsync()) await dispatcher.DispatchBatchAsync(batch);
    }

    /// <summary>Stores the notices due now; the ids of the batches that hold them (one per district).</summary>
    internal async Task<IReadOnlyList<long>> PlanAsync()
    {
        var now = ShanghaiTime.Now(clock);
        var today = DateOnly.FromDateTime(now.DateTime);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await Sql.ExecAsync(conn, tx, $"select pg_advisory_xact_lock({NoticePlanning.PlanningLock})");
        if (await RulesetVersions.ActiveAsync(conn, tx) is not { } active) return [];
        var ruleset = await rulesets.GetAsync(active.Id);
        if (ruleset.Model.Supervise is not { } rule || !ruleset.Renderer.HasSupervisionTemplate) return [];
        var listed = SupervisionList.Compute(rule, await SupervisionFindings.LoadAsync(conn, tx), now);
        var noticed = (await Sql.ListAsync(conn, tx, """
            select distinct target from notices where target_kind = @k and status <> 'Withdrawn' and episode_end >= @today
            """, r => r.GetString(0), ("k", TargetKind), ("today", today))).ToHashSet(StringComparer.Ordinal);
        var plans = listed.Where(e => !noticed.Contains(e.CreditCode)).Select(e => new PlannedNotice
        {
            TargetKind = TargetKind, Target = e.CreditCode, TargetName = e.Name, District = e.District,
            Event = "supervise", Subject = "supervise", Level = "",
            Supervision = new SupervisionCase(today, rule.Violations, rule.WithinDays, rule.CountsPartly, ruleset.Model.Expose?.Violations ?? 0,
                e.Violations.Select(v => new SupervisedViolation(v.District, v.EpisodeStart, v.Outcome, v.InspectedAt)).ToList()),
        }).ToList();
        if (plans.Count == 0) return [];

        var numbers = await PersistedNoticeNumbers.LoadAsync(conn, tx);
        var rendered = ruleset.Renderer.RenderSupervision(plans, ruleset.Sha256, now, numbers, await AcknowledgmentCodeDraw.DrawAsync(conn, tx, plans));
        await numbers.SaveAsync(conn);
        // Reached where its measure notices reached it: the enterprise list's e-mail and webhook as its latest notice carried them.
        var contacts = (await Sql.ListAsync(conn, tx, """
            select distinct on (target) target, email, webhook from notices where target_kind = 'enterprise' and target = any(@t) order by target, id desc
            """, r => (Target: r.GetString(0), Email: r.NullableString(1), Webhook: r.NullableString(2)), ("t", plans.Select(p => p.Target).ToArray())))
            .ToDictionary(c => c.Target, c => (c.Email, c.Webhook), StringComparer.Ordinal);
        var batches = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var rows = new List<NoticeRow>(rendered.Notices.Count);
        foreach (var (notice, plan) in rendered.Notices.Zip(plans))
        {
            if (!batches.TryGetValue(notice.District, out var batchId))
                batches[notice.District] = batchId = await Sql.ScalarAsync<long>(conn, tx,
                    "insert into notice_batches (evaluation_id, district, warning_id, due_at) values (null, @d, null, null) returning id", ("d", notice.District));
            var (email, webhook) = contacts.GetValueOrDefault(notice.Target);
            rows.Add(new NoticeRow(batchId, null, TargetKind, notice.District, notice.Target, notice.TargetName, notice.Event, "",
                today, today.AddDays(rule.WithinDays - 1), ruleset.Sha256, notice.Subject, notice.DocumentNumber, notice.Title, notice.Html, notice.Text,
                notice.Sms, AcknowledgmentCodes.Sha256(notice.AcknowledgmentCode), notice.ContentSha256, email, webhook, NoticeStatus.Scheduled));
            var episodes = string.Join("、", plan.Supervision!.Violations.Select(v => $"{v.District} {v.EpisodeStart:yyyy-MM-dd} {v.Outcome}"));
            await AuditLog.AppendAsync(conn, tx, now, "scheduler", "enterprise", null, "Supervised",
                $"{notice.Target} 列入督企清单（{plan.Supervision.Violations.Count}个过程：{episodes}），督办通知{notice.DocumentNumber}");
        }
        await NoticeRows.InsertAsync(conn, tx, rows, now);
        await Sql.ExecAsync(conn, tx, """
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', n.id, n.status, n.event || ' ' || n.document_number from notices n where n.batch_id = any(@b)
            """, ("now", now), ("b", batches.Values.ToArray()));
        await tx.CommitAsync();
        return batches.Values.ToList();
    }
}
