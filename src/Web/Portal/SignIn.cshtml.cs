using EmergencyDSS.Scheduler.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static EmergencyDSS.Web.HomePages;

namespace EmergencyDSS.Web.Portal;

/// <summary>The portal's sign-in: credit code and password (the same accounts, lockout and sessions as the console).</summary>
internal sealed class PortalSignInModel(AccountStore accounts) : PageModel
{
    [BindProperty] public string CreditCode { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var code = CreditCode.Trim().ToUpperInvariant();
        var name = code.Length is > 0 and <= 32 ? await accounts.EnterpriseAccountNameAsync(code) : null;
        // An unknown credit code costs the same password check as a known one, so timing does not tell them apart.
        var (outcome, account) = await accounts.SignInAsync(name ?? "\u0000no-such-enterprise", Password);
        if (outcome == SignInOutcome.LockedOut || account is null)
        {
            Error = outcome == SignInOutcome.LockedOut
                ? $"该账户因连续{AccountStore.MaxFailures}次密码错误已被锁定，请{(int)AccountStore.LockoutTime.TotalMinutes}分钟后再试。"
                : "统一社会信用代码或密码错误。首次使用请用通知上的确认码设置密码。";
            Response.StatusCode = 401;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            AccountClaims.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        if (account.MustChangePassword) return Redirect(PasswordChangeGate.Path);
        return Redirect(Home(account.Role));
    }
}
