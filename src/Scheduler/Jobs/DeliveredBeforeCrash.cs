using EmergencyDSS.Notices.Lifecycle;
using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Run in the planning transaction before unsent notices are overtaken: a notice still Scheduled in the database but
/// listed in the outbox log was delivered just before a crash (the log line is the commit point; the database state
/// comes after). It is settled as Delivered here, so the lifecycle treats its recipient as informed and never
/// withdraws a notice the recipient has. Found by <c>KillLoopTests</c>: 89 of 10,897 delivered notices were recorded
/// Withdrawn after a kill followed at once by a new forecast.
/// </summary>
internal static class DeliveredBeforeCrash
{
    public static async Task SettleAsync(NpgsqlConnection conn, NpgsqlTransaction tx, FileOutboxChannel? outbox, IReadOnlyList<NoticeAddress> recipients,
        DateTimeOffset now)
    {
        if (outbox is null || recipients.Count == 0) return;
        var keys = recipients;
        var scheduled = await Sql.ListAsync(conn, tx, """
            select n.id from notices n join unnest(@k, @d, @t) as keys(k, d, t) on n.target_kind = keys.k and n.district = keys.d and n.target = keys.t
            where n.status = 'Scheduled'
            """, r => r.GetInt64(0), ("k", keys.Select(k => k.TargetKind).ToArray()), ("d", keys.Select(k => k.District).ToArray()),
            ("t", keys.Select(k => k.Target).ToArray()));
        if (scheduled.Count == 0) return;
        var listed = await outbox.ListedAsync(scheduled, CancellationToken.None);
        if (listed.Count == 0) return;
        // A live delivery job may hold one of these (it wrote the log line and has not committed yet). Lock them first, in id
        // order: this waits for that job, whose commit takes the notice out of Scheduled. Inserting the delivery row first
        // instead took the unique index entry and then waited for the job's row lock while the job waited for the index
        // entry: a deadlock that aborted the whole planning (seen in the kill loop as an evaluation still unplanned after 120 s).
        listed = (await Sql.ListAsync(conn, tx, "select id from notices where id = any(@ids) and status = 'Scheduled' order by id for update",
            r => r.GetInt64(0), ("ids", listed.ToArray()))).ToHashSet();
        if (listed.Count == 0) return;
        var attempts = listed.Order().Select(id => new DeliveryAttempt(id, outbox.Name,
            DeliveryResult.AlreadyDelivered($"{FileOutboxChannel.LogName} listed notice {id} before a crash; settled at planning"))).ToList();
        await NoticeDeliveryRows.RecordAsync(conn, tx, attempts, listed.Order().Select(id => (id, NoticeStatus.Delivered)).ToList(), now);
    }
}
