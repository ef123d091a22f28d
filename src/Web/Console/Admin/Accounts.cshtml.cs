using System.Text.RegularExpressions;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// The admin's account page (folder policy: admin): every account with its role and state; add one (its initial password
/// and API token are shown once, on the answer to the post, never stored in the clear); disable or enable, reset the
/// password (a new initial one, shown once; the account's open sessions end), revoke its API tokens. Four eyes: an admin
/// does none of these to their own account (another admin does). Every change is in the audit log under the admin's name.
/// </summary>
internal sealed partial class AccountsModel(AccountStore accounts, ApiTokens tokens, TimeProvider clock) : PageModel
{
    public sealed record Secret(string Name, string What, string Password, string? Token);

    public IReadOnlyList<AccountLine> Lines { get; private set; } = [];
    public Secret? Issued { get; private set; }
    public string? Error { get; private set; }
    public string? Message { get; private set; }
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Role { get; set; } = "";
    [BindProperty] public string? CreditCode { get; set; }
    public DateTimeOffset Now { get; private set; }

    [GeneratedRegex(@"^[\p{L}\p{N}._-]{2,40}$")]
    private static partial Regex AccountName();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        Name = Name.Trim();
        var code = string.IsNullOrWhiteSpace(CreditCode) ? null : CreditCode.Trim().ToUpperInvariant();
        Error = !AccountName().IsMatch(Name) || Name == BureauAccount.Name ? $"账户名须为2至40个字母、数字或“.”“_”“-”，且不能为“{BureauAccount.Name}”。"
            : !Roles.All.Contains(Role) ? "请选择角色。"
            : Role == Roles.Enterprise && code is null ? "企业用户须填写统一社会信用代码。"
            : Role != Roles.Enterprise && code is not null ? "只有企业用户填写统一社会信用代码。"
            : code is not null && Engine.Input.CreditCode.Problem(code) is not null ? "统一社会信用代码格式不正确（18位，末位为校验码）。"
            : await accounts.ExistsAsync(Name) ? $"账户“{Name}”已存在。"
            : code is not null && await accounts.EnterpriseAccountNameAsync(code) is { } other ? $"该企业已有账户“{other}”，每家企业一个账户。"
            : null;
        if (Error is not null) return await ShowAsync(400);
        var created = await accounts.CreateAsync(Name, Role, code, User.Actor());
        Issued = new Secret(Name, "新账户", created.Password, created.Token);
        Message = $"已创建账户“{Name}”（{Roles.Display(Role)}）。";
        Name = Role = "";
        CreditCode = null;
        return await ShowAsync();
    }

    public Task<IActionResult> OnPostDisableAsync() => OnOtherAsync(async n => await accounts.SetDisabledAsync(n, true, User.Actor()) ? $"已停用账户“{n}”，其登录会话随即失效。" : null);

    public Task<IActionResult> OnPostEnableAsync() => OnOtherAsync(async n => await accounts.SetDisabledAsync(n, false, User.Actor()) ? $"已启用账户“{n}”。" : null);

    public Task<IActionResult> OnPostRevokeAsync() => OnOtherAsync(async n =>
        await tokens.RevokeAllAsync(n, User.Actor()) is { } count ? $"已吊销账户“{n}”的接口令牌{count}个。" : null);

    public Task<IActionResult> OnPostResetAsync() => OnOtherAsync(async n =>
    {
        if (await accounts.ResetPasswordAsync(n, User.Actor()) is not { } password) return null;
        Issued = new Secret(n, "重置密码", password, null);
        return $"已重置账户“{n}”的密码，其登录会话随即失效。";
    });

    /// <summary>An action on another account: refused on one's own (four eyes), 404 for a name that does not exist.</summary>
    private async Task<IActionResult> OnOtherAsync(Func<string, Task<string?>> act)
    {
        var name = Name.Trim();
        Name = "";
        if (name == User.Actor())
        {
            Error = "不能对本人账户执行此操作，须由其他系统管理员办理（双人复核）。";
            return await ShowAsync(403);
        }
        if (await act(name) is not { } message) return NotFound();
        Message = message;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync(int status = 200)
    {
        Lines = await accounts.ListAsync();
        Now = clock.GetUtcNow();
        Response.StatusCode = status;
        // An initial password on the page: never kept by the browser or a proxy.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
