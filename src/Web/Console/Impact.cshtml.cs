using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// 启用影响评估: what activating a ruleset version would change on the recent forecasts (<see cref="RulesetImpact"/>).
/// The page answers at once; its result is fetched by htmx (a replay of two versions takes seconds at city size).
/// </summary>
internal sealed class ImpactModel(NpgsqlDataSource db, RulesetImpact impact) : PageModel
{
    public RulesetsModel.Version Proposed { get; private set; } = null!;
    public RulesetsModel.Version? Active { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        await using var conn = await db.OpenConnectionAsync();
        var versions = await Sql.ListAsync(conn, null,
            "select id, name, version, created_by, created_at, active from ruleset_versions where id = @id or active order by id",
            r => new RulesetsModel.Version(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4), r.GetBoolean(5)), ("id", id));
        if (versions.FirstOrDefault(v => v.Id == id) is not { } proposed) return NotFound();
        (Proposed, Active) = (proposed, versions.FirstOrDefault(v => v.Active));
        return Page();
    }

    public async Task<IActionResult> OnGetResultAsync(long id)
    {
        await using (var conn = await db.OpenConnectionAsync())
            if (!await Sql.ScalarAsync<bool>(conn, null, "select exists (select 1 from ruleset_versions where id = @id)", ("id", id))) return NotFound();
        var outcome = await impact.CompareAsync(id);
        var html = outcome.Problem is { } problem
            ? $"<p class=\"notice\" role=\"status\">{System.Net.WebUtility.HtmlEncode(problem)}</p>"
            : $"<p role=\"status\">以最近上传的{outcome.Forecasts}期预报回放{(outcome.Skipped > 0 ? $"（另有{outcome.Skipped}期预报不能按两个版本同时读取，未计入）" : "")}；"
              + (outcome.Empty ? "启用该版本不改变任何预警、措施或通知。" : outcome.Summary + "以下仅列出有变化的内容。") + "</p>\n" + outcome.Html;
        return Content(html, "text/html; charset=utf-8");
    }
}
