using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Scheduler.Store;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Recurring: a Delivered notice not acknowledged within the active ruleset's <c>acknowledge within</c> hours
/// is delivered again as a reminder (each channel, reminder delivery rows, audited); after twice that it is
/// escalated (audited, <c>escalated_at</c> set). Each step happens once per notice, so running it often is harmless.
/// </summary>
internal sealed class AcknowledgmentWatchJob(NpgsqlDataSource db, CompiledRulesets rulesets, DeliveryChannelSet channels, TimeProvider clock)
{
    private const int Group = 50;

    [DisableConcurrentExecution(60)]
    public async Task<(int Reminded, int Escalated)> RunAsync()
    {
        int? hours;
        await using (var conn = await db.OpenConnectionAsync())
        {
            var active = await RulesetVersions.ActiveAsync(conn);
            hours = active is null ? null : (await rulesets.GetAsync(active.Id)).Model.Header.AcknowledgeWithinHours;
        }
        if (hours is not { } h) return (0, 0);
        var now = ShanghaiTime.Now(clock);
        return (await RemindAsync(h, now), await EscalateAsync(h, now));
    }

    private async Task<int> RemindAsync(int hours, DateTimeOffset now)
    {
        var reminded = 0;
        var failed = new HashSet<long>();
        while (true)
        {
            await using var conn = await db.OpenConnectionAsync();
            await using var tx = await conn.BeginTransactionAsync();
            var due = await NoticeDeliveryRows.SelectAsync(conn, tx,
                "status = 'Delivered' and reminded_at is null and delivered_at <= @cutoff and not (id = any(@skip))", Group,
                ("cutoff", now.AddHours(-hours)), ("skip", failed.ToArray()));
            if (due.Count == 0) break;
            var attempts = new List<DeliveryAttempt>();
            var done = new List<long>();
            foreach (var notice in due)
            {
                var reminder = ReminderRequest.For(notice, hours);
                var ok = true;
                foreach (var channel in channels.Channels.Where(c => c.Applies(reminder)))
                {
                    var result = await channel.DeliverAsync(reminder with { IdempotencyKey = $"{reminder.IdempotencyKey}|{channel.Name}" }, CancellationToken.None);
                    attempts.Add(new DeliveryAttempt(notice.NoticeId, channel.Name, result));
                    ok &= result.Outcome is DeliveryOutcome.Delivered or DeliveryOutcome.AlreadyDelivered;
                }
                if (ok) done.Add(notice.NoticeId); else failed.Add(notice.NoticeId);
            }
            foreach (var durable in channels.Channels.OfType<IDurableChannel>()) await durable.FlushAsync(CancellationToken.None);
            await NoticeDeliveryRows.RecordAttemptsAsync(conn, tx, attempts, reminder: true, now);
            await Sql.ExecAsync(conn, tx, """
                with due as (update notices set reminded_at = @now, updated_at = @now where id = any(@ids) returning id)
                insert into audit_log (at, actor, entity, entity_id, action, detail)
                select @now, 'scheduler', 'notice', id, 'Reminded', 'not acknowledged within ' || @h || 'h' from due
                """, ("now", now), ("ids", done.ToArray()), ("h", hours));
            await tx.CommitAsync();
            reminded += done.Count;
        }
        return reminded;
    }

    private async Task<int> EscalateAsync(int hours, DateTimeOffset now)
    {
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var escalated = await Sql.ExecAsync(conn, tx, """
            with due as (
                update notices set escalated_at = @now, updated_at = @now
                where status = 'Delivered' and escalated_at is null and delivered_at <= @cutoff returning id)
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', id, 'Escalated', 'not acknowledged within ' || (2 * @h) || 'h' from due
            """, ("now", now), ("cutoff", now.AddHours(-2 * hours)), ("h", hours));
        await tx.CommitAsync();
        return escalated;
    }
}
