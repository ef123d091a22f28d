using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Records that a recipient acknowledged a delivered notice (→ Acknowledged); the same acknowledgment twice is one.
/// From the enterprise portal the receipt (回执) also names the person and a phone number; a duty officer records
/// one received by telephone with the person, the number and the time it was given (between delivery and now).
/// </summary>
internal sealed class Acknowledgments(NpgsqlDataSource db, TimeProvider clock)
{
    public Task<(GateOutcome Outcome, string Status)> AcknowledgeAsync(long noticeId, string actor, string? contactName = null, string? contactPhone = null) =>
        RecordAsync(noticeId, actor, contactName, contactPhone, receivedAt: null);

    /// <summary>
    /// An acknowledgment the duty officer <paramref name="actor"/> took by telephone at <paramref name="receivedAt"/>:
    /// <see cref="GateOutcome.Conflict"/> unless the notice is Delivered, and
    /// <see cref="GateOutcome.OutOfRange"/> if the time is before its delivery or after now.
    /// </summary>
    public Task<(GateOutcome Outcome, string Status)> RecordByPhoneAsync(long noticeId, string actor, string contactName, string contactPhone, DateTimeOffset receivedAt) =>
        RecordAsync(noticeId, actor, contactName, contactPhone, receivedAt);

    private async Task<(GateOutcome Outcome, string Status)> RecordAsync(long noticeId, string actor, string? contactName, string? contactPhone, DateTimeOffset? receivedAt)
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var row = (await Sql.ListAsync(conn, tx, "select status, delivered_at from notices where id = @id for update",
            r => (Status: r.GetString(0), DeliveredAt: r.IsDBNull(1) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(1)), ("id", noticeId))).SingleOrDefault();
        if (row.Status is not { } status) return (GateOutcome.NotFound, "");
        // Twice the same is once; a telephone receipt for a notice already acknowledged is refused (it would record nothing).
        if (status == NoticeStatus.Acknowledged) return (receivedAt is null ? GateOutcome.Done : GateOutcome.Conflict, status);
        if (status != NoticeStatus.Delivered) return (GateOutcome.Conflict, status);
        if (receivedAt is { } given && (given > now || (row.DeliveredAt is { } delivered && given < delivered.AddMinutes(-1)))) return (GateOutcome.OutOfRange, status);
        var at = receivedAt ?? now;
        await Sql.ExecAsync(conn, tx, "insert into acknowledgments (notice_id, by_whom, at, contact_name, contact_phone) values (@id, @by, @at, @cn, @cp) on conflict do nothing",
            ("id", noticeId), ("by", actor), ("at", at), ("cn", contactName), ("cp", contactPhone));
        await Sql.ExecAsync(conn, tx, "update notices set status = 'Acknowledged', updated_at = @now where id = @id", ("now", now), ("id", noticeId));
        var detail = receivedAt is { } t ? $"电话回执 {contactName} {contactPhone} {TimeZoneInfo.ConvertTime(t, ShanghaiTime.Zone):yyyy-MM-dd HH:mm}"
            : contactName is null ? "" : $"回执 {contactName}";
        await AuditLog.AppendAsync(conn, tx, now, actor, "notice", noticeId, NoticeStatus.Acknowledged, detail);
        await tx.CommitAsync();
        return (GateOutcome.Done, NoticeStatus.Acknowledged);
    }
}
