using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Scheduler.Intake;
using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// A rule author uploads a ruleset text (folder policy: author): `dss check`'s diagnostics at their lines, or
/// stored with its activation proposed to the approvers. Includes and templates resolve beside the active version.
/// </summary>
[RequestSizeLimit(2 * 1024 * 1024)]
internal sealed class UploadRulesetModel(RulesetIntake intake, NpgsqlDataSource db, ServeOptions options) : PageModel
{
    [BindProperty] public string Name { get; set; } = "uploaded.dss";
    [BindProperty] public string Text { get; set; } = "";
    public IReadOnlyList<string> Errors { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        string folder;
        await using (var conn = await db.OpenConnectionAsync())
            folder = (await RulesetVersions.ActiveAsync(conn))?.Directory ?? (options.Ruleset is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(options.Ruleset)!);
        var name = Path.GetFileName(Name) is { Length: > 0 } n ? n : "uploaded.dss";
        var result = await intake.SubmitAsync(Text.Replace("\r\n", "\n"), Path.Combine(folder, name), User.Actor(), propose: true);
        if (!result.Accepted) { Errors = result.Errors; Response.StatusCode = 400; return Page(); }
        Message = result.EvaluationId is null ? "该版本即现行版本，无需启用。" : "检查通过，已提交启用申请，待审批人员审批。";
        return Redirect($"/rulesets?id={result.Id}");
    }
}
