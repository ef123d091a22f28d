using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Intake;
using EmergencyDSS.Scheduler.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Console;

/// <summary>An approver (not the proposer) accepts or rejects a ruleset activation proposal with a comment (folder policy: approver).</summary>
internal sealed class ActivationModel(ActivationProposals proposals) : PageModel
{
    public string? Error { get; private set; }
    [BindProperty] public string Comment { get; set; } = "";
    [BindProperty] public string Decision { get; set; } = "";
    [TempData] public string? Message { get; set; }

    public IActionResult OnGet() => Redirect("/rulesets");

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (Decision is not ("accept" or "reject") || string.IsNullOrWhiteSpace(Comment)) { Error = "请选择批准或驳回，并填写审批意见。"; return Page(); }
        switch (await proposals.DecideAsync(id, User.Actor(), Decision == "accept", Comment.Trim()))
        {
            case GateOutcome.NotFound: return NotFound();
            case GateOutcome.OwnProposal: Error = "本申请由您提出，须由其他审批人员审批（双人复核）。"; Response.StatusCode = 403; return Page();
            case GateOutcome.Conflict: Error = "该申请已办理。"; Response.StatusCode = 409; return Page();
        }
        Message = Decision == "accept" ? "已批准，新版本已启用，此后的研判按新版本进行。" : "已驳回启用申请。";
        return Redirect("/rulesets");
    }
}
