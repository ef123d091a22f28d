using EmergencyDSS.Scheduler.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static EmergencyDSS.Web.HomePages;

namespace EmergencyDSS.Web.Accounts;

/// <summary>Changes the signed-in account's password (the current one checked, counted towards lockout), then renews the session.</summary>
internal sealed class PasswordModel(AccountStore accounts) : PageModel
{
    [BindProperty] public string Current { get; set; } = "";
    [BindProperty] public string Next { get; set; } = "";
    [BindProperty] public string Again { get; set; } = "";
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = User.Actor();
        Error = Next != Again ? "两次输入的新密码不一致。"
            : Next == Current ? "新密码不能与当前密码相同。"
            : Secrets.WeakPasswordReason(Next);
        if (Error is null && !await accounts.ChangePasswordAsync(name, Current, Next)) Error = "当前密码不正确（或账户已被锁定）。";
        if (Error is not null) return Page();
        var account = await accounts.ByNameAsync(name);
        if (account is null) return Redirect("/account/signin");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            AccountClaims.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        return Redirect(Home(account.Role));
    }
}
