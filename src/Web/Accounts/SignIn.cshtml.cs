using EmergencyDSS.Scheduler.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static EmergencyDSS.Web.HomePages;

namespace EmergencyDSS.Web.Accounts;

/// <summary>Sign-in with name and password: lockout after five wrong passwords, must-change on the initial password.</summary>
internal sealed class SignInModel(AccountStore accounts) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var (outcome, account) = await accounts.SignInAsync(Name.Trim(), Password);
        if (outcome == SignInOutcome.LockedOut || account is null)
        {
            Error = outcome == SignInOutcome.LockedOut
                ? $"该账户因连续{AccountStore.MaxFailures}次密码错误已被锁定，请{(int)AccountStore.LockoutTime.TotalMinutes}分钟后再试。"
                : "账户名或密码错误。";
            Response.StatusCode = 401;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            AccountClaims.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        if (account.MustChangePassword) return Redirect(PasswordChangeGate.Path);
        if (account.Role is Roles.Enterprise or Roles.Inspector) return Redirect(Home(account.Role));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
