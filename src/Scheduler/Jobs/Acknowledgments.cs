using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Records that a recipient acknowledged a delivered notice (→ Acknowledged); the same acknowledgment twice is one.
/// From the enterprise portal the receipt (回执) also names the person and a phone number.
/// </summary>
internal sealed class Acknowledgments(NpgsqlDataSource db, TimeProvider clock)
{
    public async Task<(GateOutcome Outcome, string Status)> AcknowledgeAsync(long noticeId, string actor, string? contactName = null, string? contactPhone = null)
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var status = await Sql.ScalarAsync<string>(conn, tx, "select status from notices where id = @id for update", ("id", noticeId));
        if (status is null) return (GateOutcome.NotFound, "");
        if (status == NoticeStatus.Acknowledged) return (GateOutcome.Done, status);
        if (status != NoticeStatus.Delivered) return (GateOutcome.Conflict, status);
        await Sql.ExecAsync(conn, tx, "insert into acknowledgments (notice_id, by_whom, at, contact_name, contact_phone) values (@id, @by, @at, @cn, @cp) on conflict do nothing",
            ("id", noticeId), ("by", actor), ("at", now), ("cn", contactName), ("cp", contactPhone));
        await Sql.ExecAsync(conn, tx, "update notices set status = 'Acknowledged', updated_at = @now where id = @id", ("now", now), ("id", noticeId));
        await AuditLog.AppendAsync(conn, tx, now, actor, "notice", noticeId, NoticeStatus.Acknowledged, contactName is null ? "" : $"回执 {contactName}");
        await tx.CommitAsync();
        return (GateOutcome.Done, NoticeStatus.Acknowledged);
    }
}
