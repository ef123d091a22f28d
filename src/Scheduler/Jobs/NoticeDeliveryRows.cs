using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>Claims Scheduled notices of a batch for delivery and records their new state (with its audit row).</summary>
internal static class NoticeDeliveryRows
{
    public static Task<List<DeliveryRequest>> ClaimAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long batchId, IReadOnlySet<long> skip, int limit) =>
        Sql.ListAsync(conn, tx, """
            select id, target_kind, district, target, target_name, event, episode_start, ruleset_version, document_number, title, html, body_text, sms,
                   acknowledgment_code, email, webhook, level, episode_end
            from notices where batch_id = @b and status = 'Scheduled' and not (id = any(@skip))
            order by id limit @limit for update skip locked
            """, r => new DeliveryRequest(r.GetInt64(0),
                $"{r.GetString(1)}:{r.GetString(2)}:{r.GetString(3)}:{r.GetString(5)}:{r.GetFieldValue<DateOnly>(6):yyyy-MM-dd}:{r.GetString(16)}:{r.GetFieldValue<DateOnly>(17):yyyy-MM-dd}|{r.GetString(7)}",
                r.GetString(1), r.GetString(3), r.GetString(4), r.GetString(2), r.GetString(5), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11),
                r.GetString(12), r.GetString(13), r.NullableString(14), r.NullableString(15)),
            ("b", batchId), ("skip", skip.ToArray()), ("limit", limit));

    public static async Task SetStatusAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long noticeId, string status, DateTimeOffset now)
    {
        await Sql.ExecAsync(conn, tx, "update notices set status = @s, updated_at = @now, delivered_at = case when @s = 'Delivered' then @now else delivered_at end where id = @id",
            ("s", status), ("now", now), ("id", noticeId));
        await AuditLog.AppendAsync(conn, tx, now, "scheduler", "notice", noticeId, status);
    }
}
