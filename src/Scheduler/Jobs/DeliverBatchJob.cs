using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Scheduler.Store;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Delivers the Scheduled notices of one batch (a district of an evaluation) through every channel that
/// applies, a small group per transaction. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so two
/// workers or two servers never hold the same notice; a notice already delivered by a channel (its
/// delivery row, or the channel's own record after a crash) is not delivered again.
/// </summary>
internal sealed class DeliverBatchJob(NpgsqlDataSource db, DeliveryChannelSet channels, TimeProvider clock)
{
    private const int Group = 50;

    [AutomaticRetry(Attempts = 10)]
    public async Task RunAsync(long batchId)
    {
        var retryLater = new HashSet<long>();
        await WithdrawStaleAsync(batchId);
        while (true)
        {
            await using var conn = await db.OpenConnectionAsync();
            await using var tx = await conn.BeginTransactionAsync();
            // Safe without a synchronous commit: a channel's own record (the outbox log) is the commit point, and a re-run re-reads it.
            await Sql.ExecAsync(conn, tx, "set local synchronous_commit = off");
            var notices = await NoticeDeliveryRows.ClaimAsync(conn, tx, batchId, retryLater, Group);
            if (notices.Count == 0) break;
            var done = await Sql.ListAsync(conn, tx, "select notice_id, channel from deliveries where notice_id = any(@ids) and outcome in ('Delivered', 'AlreadyDelivered') and not reminder",
                r => (r.GetInt64(0), r.GetString(1)), ("ids", notices.Select(n => n.NoticeId).ToArray()));
            var delivered = done.ToHashSet();
            var attempts = new List<DeliveryAttempt>();
            var outcomes = new List<(long Id, string Status)>();
            foreach (var request in notices)
            {
                var outcome = NoticeStatus.Delivered;
                foreach (var channel in channels.Channels.Where(c => c.Applies(request)))
                {
                    if (delivered.Contains((request.NoticeId, channel.Name))) continue;
                    var result = await channel.DeliverAsync(request with { IdempotencyKey = $"{request.IdempotencyKey}|{channel.Name}" }, CancellationToken.None);
                    attempts.Add(new DeliveryAttempt(request.NoticeId, channel.Name, result));
                    if (result.Outcome == DeliveryOutcome.PermanentFailure) outcome = NoticeStatus.Failed;
                    else if (result.Outcome == DeliveryOutcome.Failed && outcome != NoticeStatus.Failed) outcome = NoticeStatus.Scheduled;
                }
                if (outcome == NoticeStatus.Scheduled) retryLater.Add(request.NoticeId);
                else outcomes.Add((request.NoticeId, outcome));
            }
            foreach (var durable in channels.Channels.OfType<IDurableChannel>()) await durable.FlushAsync(CancellationToken.None);
            await NoticeDeliveryRows.RecordAsync(conn, tx, attempts, outcomes, clock.GetUtcNow());
            await tx.CommitAsync();
        }
        if (retryLater.Count > 0)
            throw new InvalidOperationException($"batch {batchId}: {retryLater.Count} notices failed on a channel; the job is retried with backoff");
    }

    /// <summary>
    /// Re-checks the warning before sending (a delayed job may fire after a lift or a rejection): what it no longer announces
    /// is Withdrawn — unless the outbox already lists it (delivered just before a crash): that one is settled as delivered below.
    /// </summary>
    private async Task WithdrawStaleAsync(long batchId)
    {
        await using var conn = await db.OpenConnectionAsync();
        var stale = await Sql.ListAsync(conn, null, """
            select n.id from notices n join warnings w on w.id = n.warning_id
            where n.batch_id = @b and n.status = 'Scheduled' and w.status in ('Lifted', 'Rejected') and n.event <> 'lift'
            """, r => r.GetInt64(0), ("b", batchId));
        if (stale.Count == 0) return;
        if (channels.Outbox is { } outbox) stale.RemoveAll((await outbox.ListedAsync(stale, CancellationToken.None)).Contains);
        await Sql.ExecAsync(conn, null, """
            with stale as (
                update notices n set status = 'Withdrawn', updated_at = @now
                where n.id = any(@ids) and n.status = 'Scheduled'
                returning n.id)
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', id, 'Withdrawn', 'warning no longer open at delivery' from stale
            """, ("ids", stale.ToArray()), ("now", clock.GetUtcNow()));
    }
}
