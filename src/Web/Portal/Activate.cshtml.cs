using EmergencyDSS.Scheduler.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Portal;

/// <summary>First password: the credit code, the acknowledgment code printed on one of the enterprise's notices, the new password twice.</summary>
internal sealed class ActivateModel(EnterpriseActivation enterprises) : PageModel
{
    [BindProperty] public string CreditCode { get; set; } = "";
    [BindProperty] public string Code { get; set; } = "";
    [BindProperty] public string Next { get; set; } = "";
    [BindProperty] public string Again { get; set; } = "";
    public string? Error { get; private set; }
    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var creditCode = CreditCode.Trim().ToUpperInvariant();
        Error = creditCode.Length is 0 or > 32 ? "请填写统一社会信用代码。"
            : Next != Again ? "两次输入的新密码不一致。"
            : Secrets.WeakPasswordReason(Next);
        if (Error is null)
        {
            var outcome = await enterprises.ActivateAsync(creditCode, Code, Next, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            Error = outcome switch
            {
                ActivationOutcome.NoNotices => "该统一社会信用代码尚未收到任何通知，无法用确认码设置密码，请联系属地生态环境部门开通账户。",
                ActivationOutcome.WrongCode => "确认码与该企业的通知不符。",
                ActivationOutcome.Throttled => "确认码错误次数过多，请15分钟后再试。",
                ActivationOutcome.AlreadySet => "该企业账户已设置密码，请直接登录；忘记密码请联系属地生态环境部门。",
                _ => null,
            };
        }
        if (Error is not null)
        {
            Response.StatusCode = 400;
            return Page();
        }
        Done = true;
        return Page();
    }
}
