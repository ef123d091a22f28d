using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace EmergencyDSS.Web.Inspect;

/// <summary>The inspector's list: enterprises with notices in the latest episodes (filter by district or name/credit code), with their last finding.</summary>
internal sealed class InspectIndexModel(NpgsqlDataSource db) : PageModel
{
    public const int Limit = 300;
    public sealed record Row(string CreditCode, string Name, string District, DateOnly EpisodeStart, string Level, string? LastOutcome);

    [BindProperty(SupportsGet = true)] public string? Query { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await using var conn = await db.OpenConnectionAsync();
        var q = string.IsNullOrWhiteSpace(Query) ? null : "%" + Query.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        Rows = await Sql.ListAsync(conn, null, """
            select n.target, max(n.target_name), n.district, n.episode_start, (array_agg(n.level order by n.id desc))[1],
                   (select i.outcome from inspections i where i.credit_code = n.target and i.district = n.district and i.episode_start = n.episode_start order by i.id desc limit 1)
            from notices n where n.target_kind = 'enterprise' and (@q::text is null or n.target ilike @q or n.target_name ilike @q or n.district ilike @q)
            group by n.target, n.district, n.episode_start order by n.episode_start desc, n.district, n.target limit @limit
            """, r => new Row(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3), r.GetString(4), r.NullableString(5)),
            ("q", q), ("limit", Limit));
    }
}
