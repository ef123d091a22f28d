using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>Ruleset versions, open activation proposals (accept/reject for approvers), and one version's text.</summary>
internal sealed class RulesetsModel(NpgsqlDataSource db) : PageModel
{
    public sealed record Version(long Id, string Name, string Label, string By, DateTimeOffset At, bool Active);
    public sealed record Proposal(long Id, long RulesetId, string Label, string By, DateTimeOffset At, string Status, string? DecidedBy, string Comment);

    [BindProperty(SupportsGet = true)] public long? Id { get; set; }
    public IReadOnlyList<Version> Versions { get; private set; } = [];
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];
    public Version? Shown { get; private set; }
    public string Source { get; private set; } = "";
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        await using var conn = await db.OpenConnectionAsync();
        Versions = await Sql.ListAsync(conn, null, "select id, name, version, created_by, created_at, active from ruleset_versions order by id desc",
            r => new Version(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4), r.GetBoolean(5)));
        Proposals = await Sql.ListAsync(conn, null, """
            select p.id, p.ruleset_id, v.version, p.proposed_by, p.proposed_at, p.status, p.decided_by, p.comment
            from activation_proposals p join ruleset_versions v on v.id = p.ruleset_id order by p.id desc limit 50
            """, r => new Proposal(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4), r.GetString(5), r.NullableString(6), r.GetString(7)));
        Shown = Versions.FirstOrDefault(v => v.Id == Id) ?? Versions.FirstOrDefault(v => v.Active);
        if (Shown is not null)
            Source = await Sql.ScalarAsync<string>(conn, null, "select source from ruleset_versions where id = @id", ("id", Shown.Id)) ?? "";
    }
}
