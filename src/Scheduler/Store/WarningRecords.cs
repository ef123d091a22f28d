using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Notices.Lifecycle;
using Npgsql;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>Warnings: at most one open per district; every change is audited.</summary>
internal static class WarningRecords
{
    public static async Task<Dictionary<string, OpenWarning>> OpenByDistrictAsync(NpgsqlConnection conn, NpgsqlTransaction tx) =>
        (await Sql.ListAsync(conn, tx, "select id, district, level, status, episode_start, end_date, updated_at from warnings where status not in ('Lifted', 'Rejected') for update",
            r => new OpenWarning(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetFieldValue<DateOnly>(5),
                r.GetFieldValue<DateTimeOffset>(6))))
        .ToDictionary(w => w.District, StringComparer.Ordinal);

    public static Task<long> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, WarningDecision w, string status, long evaluationId, DateTimeOffset now) =>
        Sql.ScalarAsync<long>(conn, tx, """
            insert into warnings (district, level, start_date, end_date, episode_start, issue_by, approver, status, evaluation_id, updated_at)
            values (@d, @l, @s, @e, @s, @by, @appr, @status, @eval, @now) returning id
            """, ("d", w.District), ("l", w.Level), ("s", w.Start), ("e", w.End), ("by", w.IssueBy), ("appr", w.Approver), ("status", status),
            ("eval", evaluationId), ("now", now));

    public static Task UpdateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, WarningDecision? w, string status, long evaluationId, DateTimeOffset now) =>
        w is null
            ? Sql.ExecAsync(conn, tx, "update warnings set status = @status, evaluation_id = @eval, updated_at = @now where id = @id",
                ("status", status), ("eval", evaluationId), ("now", now), ("id", id))
            : Sql.ExecAsync(conn, tx, """
                update warnings set level = @l, start_date = @s, end_date = @e, issue_by = @by, approver = @appr, status = @status,
                    evaluation_id = @eval, updated_at = @now where id = @id
                """, ("l", w.Level), ("s", w.Start), ("e", w.End), ("by", w.IssueBy), ("appr", w.Approver), ("status", status),
                ("eval", evaluationId), ("now", now), ("id", id));

    public static Task SetStatusAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, string status, DateTimeOffset now) =>
        Sql.ExecAsync(conn, tx, "update warnings set status = @status, updated_at = @now where id = @id", ("status", status), ("now", now), ("id", id));
}
