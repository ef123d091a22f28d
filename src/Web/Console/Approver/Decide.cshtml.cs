using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// An approver approves or rejects a Proposed warning with a comment (folder policy: approver). The gate
/// refuses the account that proposed it (four eyes) and anything no longer Proposed.
/// </summary>
internal sealed class DecideModel(ApprovalGate gate) : PageModel
{
    public long Id { get; private set; }
    public string? Error { get; private set; }
    [BindProperty] public string Comment { get; set; } = "";
    [BindProperty] public string Decision { get; set; } = "";
    [TempData] public string? Message { get; set; }

    public IActionResult OnGet(long id) => Redirect($"/warnings/{id}");

    public async Task<IActionResult> OnPostAsync(long id)
    {
        Id = id;
        if (Decision is not ("approve" or "reject")) { Error = "请选择批准或驳回。"; return Page(); }
        if (string.IsNullOrWhiteSpace(Comment)) { Error = "请填写审批意见。"; return Page(); }
        var (outcome, _) = Decision == "approve"
            ? await gate.ApproveAsync(id, User.Actor(), Comment.Trim())
            : await gate.RejectAsync(id, User.Actor(), Comment.Trim());
        switch (outcome)
        {
            case GateOutcome.NotFound: return NotFound();
            case GateOutcome.OwnProposal: Error = "本预警由您上传的预报提出，须由其他审批人员审批（双人复核）。"; Response.StatusCode = 403; return Page();
            case GateOutcome.Conflict: Error = "该预警已不处于待审批状态。"; Response.StatusCode = 409; return Page();
        }
        Message = Decision == "approve" ? "已批准，相关通知已安排发送。" : "已驳回，相关通知已撤回。";
        return Redirect($"/warnings/{id}");
    }
}
