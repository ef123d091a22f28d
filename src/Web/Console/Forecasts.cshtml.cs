using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>Forecasts received and their evaluations (newest first); duty officers upload from here.</summary>
internal sealed class ForecastsModel(NpgsqlDataSource db) : PageModel
{
    public sealed record Row(long ForecastId, string FileName, DateTimeOffset IssuedAt, string By, DateTimeOffset At, long? EvaluationId, string? Status, int? Notices, string? Reason);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await using var conn = await db.OpenConnectionAsync();
        Rows = await Sql.ListAsync(conn, null, """
            select f.id, f.file_name, f.issued_at, f.created_by, f.created_at, e.id, e.status, e.notices, e.reason
            from forecasts f left join evaluations e on e.forecast_id = f.id order by f.id desc, e.id desc limit 200
            """, r => new Row(r.GetInt64(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4),
                r.IsDBNull(5) ? null : r.GetInt64(5), r.NullableString(6), r.IsDBNull(7) ? null : r.GetInt32(7), r.NullableString(8)));
    }
}
