using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// A duty officer sends a Failed notice again: it goes back to Scheduled (the audit log names the account) and its batch
/// is dispatched. Delivery skips the channels that already delivered it, so only the failed channels are tried again.
/// </summary>
internal sealed class DeliveryRetries(NpgsqlDataSource db, BatchDispatcher dispatcher, TimeProvider clock)
{
    public async Task<(GateOutcome Outcome, string Status)> RetryAsync(long noticeId, string actor)
    {
        var now = ShanghaiTime.Now(clock);
        await using (var conn = await db.OpenConnectionAsync())
        {
            await using var tx = await conn.BeginTransactionAsync();
            var status = await Sql.ScalarAsync<string>(conn, tx, "select status from notices where id = @id for update", ("id", noticeId));
            if (status is null) return (GateOutcome.NotFound, "");
            if (status != NoticeStatus.Failed) return (GateOutcome.Conflict, status);
            await Sql.ExecAsync(conn, tx, "update notices set status = 'Scheduled', updated_at = @now where id = @id", ("now", now), ("id", noticeId));
            await AuditLog.AppendAsync(conn, tx, now, actor, "notice", noticeId, NoticeStatus.Scheduled, "人工重新发送");
            await tx.CommitAsync();
        }
        await dispatcher.DispatchNoticeAsync(noticeId);
        return (GateOutcome.Done, NoticeStatus.Scheduled);
    }
}
