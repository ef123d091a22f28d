using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>Claims Scheduled notices of a batch for delivery and records their new state (with its audit row).</summary>
internal static class NoticeDeliveryRows
{
    public static Task<List<DeliveryRequest>> ClaimAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long batchId, IReadOnlySet<long> skip, int limit) =>
        SelectAsync(conn, tx, "batch_id = @b and status = 'Scheduled' and not (id = any(@skip))", limit, ("b", batchId), ("skip", skip.ToArray()));

    /// <summary>Locks and reads up to <paramref name="limit"/> notices matching <paramref name="where"/>, skipping rows another worker holds.</summary>
    public static Task<List<DeliveryRequest>> SelectAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string where, int limit, params (string, object?)[] args) =>
        Sql.ListAsync(conn, tx, $"""
            select id, target_kind, district, target, target_name, event, episode_start, ruleset_version, document_number, title, html, body_text, sms,
                   email, webhook, level, episode_end
            from notices where {where}
            order by id limit {limit} for update skip locked
            """, r => new DeliveryRequest(r.GetInt64(0),
                $"{r.GetString(1)}:{r.GetString(2)}:{r.GetString(3)}:{r.GetString(5)}:{r.GetFieldValue<DateOnly>(6):yyyy-MM-dd}:{r.GetString(15)}:{r.GetFieldValue<DateOnly>(16):yyyy-MM-dd}|{r.GetString(7)}",
                r.GetString(1), r.GetString(3), r.GetString(4), r.GetString(2), r.GetString(5), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11),
                r.GetString(12), r.NullableString(13), r.NullableString(14)),
            args);

    /// <summary>One group's delivery rows, new notice states and their audit rows: three statements, whatever the group's size.</summary>
    public static async Task RecordAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<DeliveryAttempt> attempts,
        IReadOnlyList<(long Id, string Status)> outcomes, DateTimeOffset now)
    {
        await RecordAttemptsAsync(conn, tx, attempts, reminder: false, now);
        if (outcomes.Count == 0) return;
        await Sql.ExecAsync(conn, tx, """
            with changed as (
                update notices set status = x.s, updated_at = @now, delivered_at = case when x.s = 'Delivered' then @now else delivered_at end
                from unnest(@ids, @ss) as x(id, s) where notices.id = x.id returning notices.id, x.s)
            insert into audit_log (at, actor, entity, entity_id, action) select @now, 'scheduler', 'notice', id, s from changed
            """, ("ids", outcomes.Select(o => o.Id).ToArray()), ("ss", outcomes.Select(o => o.Status).ToArray()), ("now", now));
    }

    public static async Task RecordAttemptsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<DeliveryAttempt> attempts, bool reminder, DateTimeOffset now)
    {
        if (attempts.Count > 0)
            await Sql.ExecAsync(conn, tx, """
                insert into deliveries (notice_id, channel, attempts, outcome, detail, reminder, at)
                select n, c, a, o, d, @reminder, @now from unnest(@n, @c, @a, @o, @d) as x(n, c, a, o, d)
                """, ("reminder", reminder), ("n", attempts.Select(a => a.NoticeId).ToArray()), ("c", attempts.Select(a => a.Channel).ToArray()),
                ("a", attempts.Select(a => a.Result.Attempts).ToArray()), ("o", attempts.Select(a => a.Result.Outcome.ToString()).ToArray()),
                ("d", attempts.Select(a => a.Result.Detail).ToArray()), ("now", now));
    }
}
