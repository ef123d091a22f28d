using System.Net;
using System.Text.RegularExpressions;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Web.Tests;

/// <summary>The session cookie's flags, antiforgery on every form, lockout after five wrong passwords, token revocation, the Dashboard's POSTs.</summary>
[Collection("one console host at a time")]
public sealed partial class SecurityTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex PostForm();

    [Fact]
    public async Task SessionCookie_IsHttpOnly_SameSiteStrict_AndNotSecureOverPlainHttp()
    {
        using var client = new FormClient(host.BaseAddress);
        var response = await client.PostFormAsync("/account/signin", "/account/signin", ("Name", "auditor1"), ("Password", host.Accounts["auditor1"].InitialPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccountAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", session.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.Accounts["auditor1"].InitialPassword, session, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPostForm_CarriesAnAntiforgeryToken_AndPostsWithoutOneAreRefused()
    {
        using var duty = new FormClient(host.BaseAddress);
        await duty.SignInAsync(host.Accounts["duty1"]);
        using var author = new FormClient(host.BaseAddress);
        await author.SignInAsync(host.Accounts["author1"]);
        using var anonymous = new FormClient(host.BaseAddress);
        var forms = 0;
        foreach (var (client, page) in new[] { (anonymous, "/account/signin"), (duty, "/account/password"), (duty, "/forecasts"), (duty, "/forecasts/upload"),
                     (author, "/rulesets/upload"), (duty, "/account/signout"), (duty, "/") })
        {
            var html = await client.Http.GetStringAsync(page);
            foreach (Match form in PostForm().Matches(html))
            {
                Assert.Contains("__RequestVerificationToken", form.Value);
                forms++;
            }
        }
        Assert.True(forms >= 9, $"found only {forms} POST forms");
        // Signed in with the right role, but no token: 400, nothing stored.
        Assert.Equal(HttpStatusCode.BadRequest, (await duty.Http.PostAsync("/forecasts/upload", new MultipartFormDataContent())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await author.Http.PostAsync("/rulesets/upload", new FormUrlEncodedContent([new("Name", "x.dss"), new("Text", "x")]))).StatusCode);
        Assert.Equal(0, await Database.CountAsync(host.Postgres, "select count(*) from forecasts"));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_UntilItsTimeIsUp()
    {
        var account = await host.Services.GetRequiredService<AccountStore>().CreateAsync("locked1", Roles.Duty, null, "test");
        using var client = new FormClient(host.BaseAddress);
        for (var i = 0; i < AccountStore.MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostFormAsync("/account/signin", "/account/signin", ("Name", "locked1"), ("Password", "wrong" + i))).StatusCode);
        var locked = await client.PostFormAsync("/account/signin", "/account/signin", ("Name", "locked1"), ("Password", account.Password));
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("已被锁定", await locked.Content.ReadAsStringAsync());
        Assert.Equal(1, await Database.CountAsync(host.Postgres, "select count(*) from audit_log where actor = 'locked1' and action = 'LockedOut'"));

        host.AdvanceClock(AccountStore.LockoutTime + TimeSpan.FromMinutes(1));
        var after = await client.PostFormAsync("/account/signin", "/account/signin", ("Name", "locked1"), ("Password", account.Password));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/password", after.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RevokedToken_IsRefused_AndTheDashboardRefusesPostsWithoutAntiforgery()
    {
        var created = await host.Services.GetRequiredService<AccountStore>().CreateAsync("revoked1", Roles.Auditor, null, "test");
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", created.Token);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/warnings")).StatusCode);
        Assert.Equal(1, await host.Services.GetRequiredService<ApiTokens>().RevokeAllAsync("revoked1", "test"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/warnings")).StatusCode);
        Assert.Equal(0, await Database.CountAsync(host.Postgres, $"select count(*) from api_tokens where token_hash = '{created.Token}'"));

        using var admin = host.Bearer("admin1");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
        var post = await admin.PostAsync("/hangfire/jobs/enqueued/delete", new FormUrlEncodedContent([new("jobs[]", "1")]));
        Assert.True((int)post.StatusCode is 400 or 403, $"a Dashboard POST without antiforgery answered {(int)post.StatusCode}");
        using var session = new FormClient(host.BaseAddress);
        await session.SignInAsync(host.Accounts["admin1"]);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/hangfire")).StatusCode);
        var cookiePost = await session.Http.PostAsync("/hangfire/jobs/enqueued/delete", new FormUrlEncodedContent([new("jobs[]", "1")]));
        Assert.True((int)cookiePost.StatusCode is 400 or 403, $"a Dashboard POST with the session cookie but no antiforgery token answered {(int)cookiePost.StatusCode}");
    }
}
