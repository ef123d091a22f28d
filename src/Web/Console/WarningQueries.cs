using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>Loads a warning page: the warning, its forecast series, its evaluation's decisions for the district, its notices and decisions taken.</summary>
internal sealed class WarningQueries(NpgsqlDataSource db)
{
    public async Task<WarningView?> LoadAsync(long id)
    {
        await using var conn = await db.OpenConnectionAsync();
        var head = (await Sql.ListAsync(conn, null, """
            select w.district, w.level, w.status, w.start_date, w.end_date, w.issue_by, w.evaluation_id, e.created_by, e.forecast_id, e.decisions
            from warnings w join evaluations e on e.id = w.evaluation_id where w.id = @id
            """, r => (District: r.GetString(0), Level: r.GetString(1), Status: r.GetString(2), Start: r.GetFieldValue<DateOnly>(3), End: r.GetFieldValue<DateOnly>(4),
                IssueBy: r.IsDBNull(5) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(5), Evaluation: r.GetInt64(6), By: r.NullableString(7),
                Forecast: r.GetInt64(8), Decisions: r.NullableString(9)), ("id", id))).SingleOrDefault();
        if (head.District is null) return null;
        var days = await Sql.ListAsync(conn, null, """
            select (d ->> 'Date')::date, (d ->> 'Aqi')::int from forecasts f, jsonb_array_elements(f.parsed -> 'Days') d
            where f.id = @f and d ->> 'District' = @district order by 1
            """, r => new ForecastChart.Day(r.GetFieldValue<DateOnly>(0), r.GetInt32(1)), ("f", head.Forecast), ("district", head.District));
        var notices = await Sql.ListAsync(conn, null, """
            select n.id, n.target_kind, n.target_name, n.event, n.status, n.document_number,
                   (select count(*) from deliveries d where d.notice_id = n.id and d.outcome in ('Delivered', 'AlreadyDelivered'))::int,
                   (select at from acknowledgments a where a.notice_id = n.id)
            from notices n where n.warning_id = @id order by (n.target_kind = 'warning') desc, n.target_kind, n.id
            """, r => new WarningView.NoticeLine(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt32(6),
                r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7)), ("id", id));
        var names = (await Sql.ListAsync(conn, null, "select distinct target, target_name from notices where district = @d",
            r => (r.GetString(0), r.GetString(1)), ("d", head.District))).GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.First().Item2);
        var decisions = await Sql.ListAsync(conn, null,
            "select at, actor, action, detail from audit_log where entity = 'warning' and entity_id = @id order by id",
            r => new WarningView.Decision(r.GetFieldValue<DateTimeOffset>(0), r.GetString(1), r.GetString(2), r.GetString(3)), ("id", id));
        var (reasons, measures, reductions) = WarningView.FromDecisions(head.Decisions, head.District, names);
        return new WarningView(id, head.District, head.Level, head.Status, head.Start, head.End, head.IssueBy, head.Evaluation, head.By, days,
            reasons, measures, reductions, notices, decisions);
    }
}
