using System.Globalization;
using System.Text;
using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>The append-only audit log, filtered by account, object kind and action; the same filter exported as CSV (UTF-8 with BOM for spreadsheets).</summary>
internal sealed class AuditModel(NpgsqlDataSource db) : PageModel
{
    public const int Limit = 500;
    public sealed record Row(long Id, DateTimeOffset At, string Actor, string Entity, long? EntityId, string Action, string Detail);

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await QueryAsync(Limit);

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var csv = new StringBuilder("\uFEFF编号,时间,账户,对象,对象编号,操作,说明\n");
        foreach (var r in await QueryAsync(100_000))
            csv.Append(CultureInfo.InvariantCulture, $"{r.Id},{Labels.Time(r.At)},{Q(r.Actor)},{Q(Labels.Entity(r.Entity))},{r.EntityId},{Q(r.Action)},{Q(r.Detail)}\n");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "audit-log.csv");
    }

    private async Task<List<Row>> QueryAsync(int limit)
    {
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ListAsync(conn, null, $"""
            select id, at, actor, entity, entity_id, action, detail from audit_log
            where (@a::text is null or actor = @a) and (@e::text is null or entity = @e) and (@x::text is null or action = @x)
            order by id desc limit {limit}
            """, r => new Row(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt64(4), r.GetString(5), r.GetString(6)),
            ("a", Blank(Actor)), ("e", Blank(Entity)), ("x", Blank(Action)));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    private static string Q(string s) => s.IndexOfAny([',', '"', '\n', '\r']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}
