using System.Net;
using System.Text.RegularExpressions;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Playwright;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// The admin's account page in a real browser: add an account (its initial password and token shown once and working),
/// revoke its tokens, disable it (its open session ends, sign-in refused), enable it, reset its password (the old one stops
/// working); never on the admin's own account (four eyes); every change in the audit log under the admin's name.
/// </summary>
[Collection("one console host at a time")]
public sealed partial class AccountAdminTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex PostForm();

    [Fact]
    public async Task AdminAddsDisablesResetsAndRevokes_OthersOnly_AuditNamesTheAdmin()
    {
        var admin = await ConsolePages.SignInAsync(host, host.Accounts["admin1"], firstTime: true);
        // Disabling, resetting and revoking ask first; the admin confirms.
        var asked = new List<string>();
        admin.Dialog += async (_, dialog) => { asked.Add(dialog.Message); await dialog.AcceptAsync(); };
        await admin.GetByRole(AriaRole.Link, new() { Name = "账户管理" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "账户管理" })).ToBeVisibleAsync();
        await admin.GetByLabel("账户名").FillAsync("duty9");
        await admin.GetByLabel("角色").SelectOptionAsync(new SelectOptionValue { Label = "值班人员" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "创建账户" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("已创建账户“duty9”");
        var password = await admin.Locator("#initial-password").InnerTextAsync();
        var token = await admin.Locator("#api-token").InnerTextAsync();
        await ConsolePages.ShotAsync(admin, "20-accounts-added");
        Assert.Matches("^[A-Za-z0-9]{16}$", password);
        Assert.StartsWith("dss_", token);
        // Shown once: the next visit of the page shows neither.
        await admin.GotoAsync("/accounts");
        Assert.Equal(0, await admin.Locator("#initial-password").CountAsync());
        Assert.DoesNotContain(password, await admin.ContentAsync(), StringComparison.Ordinal);
        await ConsolePages.ShotAsync(admin, "22-accounts");

        // The new account works: its token, its password (changed at first sign-in).
        using var bearer = new HttpClient { BaseAddress = host.BaseAddress };
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/warnings")).StatusCode);
        var duty9 = new ConsoleAccount("duty9", Roles.Duty, password, token, null);
        var desk = await ConsolePages.SignInAsync(host, duty9, firstTime: true);
        await Assertions.Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "值班台" })).ToBeVisibleAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = "吊销令牌duty9" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("已吊销账户“duty9”的接口令牌1个");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/warnings")).StatusCode);

        await admin.GetByRole(AriaRole.Button, new() { Name = "停用duty9" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("已停用账户“duty9”");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { Has = admin.GetByRole(AriaRole.Cell, new() { Name = "duty9", Exact = true }) })).ToContainTextAsync("已停用");
        // The open session ends at its next request; signing in again is refused.
        await desk.ReloadAsync();
        await desk.WaitForURLAsync("**/account/signin**");
        using (var refused = new FormClient(host.BaseAddress))
            Assert.Equal(HttpStatusCode.Unauthorized, (await refused.PostFormAsync("/account/signin", "/account/signin", ("Name", "duty9"), ("Password", duty9.NewPassword))).StatusCode);

        await admin.GetByRole(AriaRole.Button, new() { Name = "启用duty9" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("已启用账户“duty9”");
        await admin.GetByRole(AriaRole.Button, new() { Name = "重置密码duty9" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("已重置账户“duty9”的密码");
        var reset = await admin.Locator("#initial-password").InnerTextAsync();
        Assert.NotEqual(password, reset);
        using (var old = new FormClient(host.BaseAddress))
            Assert.Equal(HttpStatusCode.Unauthorized, (await old.PostFormAsync("/account/signin", "/account/signin", ("Name", "duty9"), ("Password", duty9.NewPassword))).StatusCode);
        using (var fresh = new FormClient(host.BaseAddress))
        {
            var signedIn = await fresh.PostFormAsync("/account/signin", "/account/signin", ("Name", "duty9"), ("Password", reset));
            Assert.Equal("/account/password", signedIn.Headers.Location?.OriginalString);
        }

        // Four eyes: no buttons on the admin's own row, and a forged post is refused (403) and changes nothing.
        var own = admin.GetByRole(AriaRole.Row).Filter(new() { Has = admin.GetByRole(AriaRole.Cell, new() { Name = "admin1", Exact = true }) });
        await Assertions.Expect(own).ToContainTextAsync("本人账户，须由其他系统管理员办理");
        Assert.Equal(0, await own.GetByRole(AriaRole.Button).CountAsync());
        using var session = new FormClient(host.BaseAddress);
        await session.SignInAsync(host.Accounts["admin1"]);
        foreach (var handler in new[] { "Disable", "Reset", "Revoke" })
            Assert.Equal(HttpStatusCode.Forbidden, (await session.PostFormAsync("/accounts", $"/accounts?handler={handler}", ("Name", "admin1"))).StatusCode);
        Assert.Equal(0, await Database.CountAsync(host.Postgres, "select count(*) from accounts where name = 'admin1' and (disabled or must_change_password)"));
        // Every form on the page carries an antiforgery token; a post without one is refused.
        var forms = PostForm().Matches(await session.Http.GetStringAsync("/accounts"));
        Assert.True(forms.Count > 3, $"only {forms.Count} forms");
        Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Value));
        Assert.Equal(HttpStatusCode.BadRequest, (await session.Http.PostAsync("/accounts?handler=Disable", new FormUrlEncodedContent([new("Name", "duty9")]))).StatusCode);

        Assert.Equal(["确定吊销账户“duty9”的全部接口令牌？", "确定停用账户“duty9”？其登录会话将随即失效。", "确定重置账户“duty9”的密码？原密码和登录会话将随即失效。"], asked);
        var actions = await Database.StringsAsync(host.Postgres,
            "select l.action from audit_log l join accounts a on a.id = l.entity_id where l.entity = 'account' and a.name = 'duty9' and l.actor = 'admin1' order by l.id");
        Assert.Equal(["Created", "TokensRevoked", "Disabled", "Enabled", "PasswordReset"], actions);

        // Tablet width: the page still fits (the table scrolls inside its panel, not the page).
        await admin.SetViewportSizeAsync(820, 1180);
        await admin.GotoAsync("/accounts");
        Assert.True(await admin.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the account page is wider than a tablet");
        await ConsolePages.ShotAsync(admin, "21-accounts-tablet");
    }
}
