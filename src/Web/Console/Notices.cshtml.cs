using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>Notices searched by district, enterprise (credit code or name), kind and state; newest first, at most <see cref="Limit"/>.</summary>
internal sealed class NoticesModel(NpgsqlDataSource db) : PageModel
{
    public const int Limit = 300;
    public sealed record Row(long Id, string DocumentNumber, string District, string TargetKind, string Target, string TargetName, string Event, string Level, string Status, DateTimeOffset Updated);

    [BindProperty(SupportsGet = true)] public string? District { get; set; }
    [BindProperty(SupportsGet = true)] public string? Enterprise { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> Districts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await using var conn = await db.OpenConnectionAsync();
        Districts = await Sql.ListAsync(conn, null, "select distinct district from notices order by 1", r => r.GetString(0));
        Rows = await Sql.ListAsync(conn, null, $"""
            select id, document_number, district, target_kind, target, target_name, event, level, status, updated_at from notices
            where (@d::text is null or district = @d) and (@k::text is null or target_kind = @k) and (@s::text is null or status = @s)
              and (@e::text is null or target = @e or target_name like '%' || @e || '%')
            order by id desc limit {Limit}
            """, r => new Row(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
                r.GetString(8), r.GetFieldValue<DateTimeOffset>(9)),
            ("d", Blank(District)), ("k", Blank(Kind)), ("s", Blank(State)), ("e", Blank(Enterprise)));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
