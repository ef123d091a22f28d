using Npgsql;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>The inputs of one evaluation and how far it got (Queued → Rendering → Planned, or Superseded when a newer one was planned
/// first). Rendering: its planning transaction committed and districts' render jobs are storing the recipients' notices.</summary>
internal sealed record EvaluationRecord(long Id, long ForecastId, long RulesetId, long? EnterprisesId, long? SitesId, string Status, DateTimeOffset EvaluatedFor);

/// <summary>Evaluations: the decision log. Each keeps its inputs' ids and its decisions, so it can be replayed.</summary>
internal static class EvaluationRecords
{
    public const string Queued = "Queued";
    public const string Rendering = "Rendering";
    public const string Planned = "Planned";

    public static Task<long> CreateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long forecastId, long rulesetId, long? enterprisesId,
        long? sitesId, string reason, DateTimeOffset now, string actor) =>
        Sql.ScalarAsync<long>(conn, tx, """
            insert into evaluations (forecast_id, ruleset_id, enterprises_id, sites_id, reason, status, evaluated_for, created_by, created_at)
            values (@f, @r, @e, @s, @reason, 'Queued', @now, @by, @now) returning id
            """, ("f", forecastId), ("r", rulesetId), ("e", enterprisesId), ("s", sitesId), ("reason", reason), ("now", now), ("by", actor));

    public static async Task<EvaluationRecord?> ByIdAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long id, bool forUpdate = false) =>
        (await Sql.ListAsync(conn, tx, "select id, forecast_id, ruleset_id, enterprises_id, sites_id, status, evaluated_for from evaluations where id = @id"
            + (forUpdate ? " for update" : ""),
            r => new EvaluationRecord(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.IsDBNull(4) ? null : r.GetInt64(4),
                r.GetString(5), r.GetFieldValue<DateTimeOffset>(6)), ("id", id))).SingleOrDefault();

    /// <summary>The decisions of the newest planned evaluation (what the public was last told); planning goes in id order.</summary>
    public static async Task<(long Id, string Decisions)?> LastPlannedAsync(NpgsqlConnection conn, NpgsqlTransaction tx)
    {
        var rows = await Sql.ListAsync(conn, tx, "select id, decisions from evaluations where status = 'Planned' order by id desc limit 1",
            r => (r.GetInt64(0), r.GetString(1)));
        return rows.Count == 0 ? null : rows[0];
    }

    public static Task<byte[]?> ForecastBytesAsync(NpgsqlConnection conn, long forecastId) =>
        Sql.ScalarAsync<byte[]>(conn, null, "select raw from forecasts where id = @id", ("id", forecastId));
}
