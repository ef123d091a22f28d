using Microsoft.Playwright;

namespace EmergencyDSS.Web.Tests.Support;

/// <summary>Browser steps shared by the tests: sign in (changing the initial password the first time), screenshots.</summary>
internal static class ConsolePages
{
    /// <summary>A fresh browser context signed in as the account; the first sign-in goes through the change-password page.</summary>
    public static async Task<IPage> SignInAsync(ConsoleHost host, ConsoleAccount account, bool firstTime, string? screenshots = null)
    {
        var context = await host.Browser.NewContextAsync(new() { BaseURL = host.BaseAddress.ToString().TrimEnd('/'), Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        // The machine may be busy (parallel test projects): generous bounds, never fixed sleeps.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/signin**");
        await page.GetByLabel("账户名").FillAsync(account.Name);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(firstTime ? account.InitialPassword : account.NewPassword);
        if (screenshots is not null) await page.ScreenshotAsync(new() { Path = ConsoleHost.Screenshot(screenshots + "-signin"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        if (!firstTime) return page;
        try { await page.WaitForURLAsync("**/account/password"); }
        catch (TimeoutException)
        {
            // Seen once in a loaded full run: say where the browser stands and what the page says.
            await page.ScreenshotAsync(new() { Path = ConsoleHost.Screenshot($"failed-signin-{account.Name}"), FullPage = true });
            throw new TimeoutException($"{account.Name}: no change-password page after signing in; at {page.Url}, the page says: {await page.Locator("body").InnerTextAsync()}");
        }
        await page.GetByLabel("当前密码").FillAsync(account.InitialPassword);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync(account.NewPassword);
        await page.GetByLabel("再次输入新密码").FillAsync(account.NewPassword);
        if (screenshots is not null) await page.ScreenshotAsync(new() { Path = ConsoleHost.Screenshot(screenshots + "-password"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        try { await page.WaitForURLAsync(url => !url.Contains("/account/password")); }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = ConsoleHost.Screenshot($"failed-password-{account.Name}"), FullPage = true });
            throw new TimeoutException($"{account.Name}: still on the change-password page; it says: {await page.Locator("main").InnerTextAsync()}");
        }
        return page;
    }

    /// <summary>The whole page, and the first screenful (what the README shows).</summary>
    public static async Task ShotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = ConsoleHost.Screenshot(name), FullPage = true });
        await page.ScreenshotAsync(new() { Path = ConsoleHost.Screenshot(name + "-screen") });
    }
}
