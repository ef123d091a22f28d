using System.Net;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// Tokens and passwords are never logged: everything a host writes to its log (the console, as `dss serve` configures it)
/// while accounts sign in, fail to sign in, use good, unknown and revoked tokens and get their password reset, holds none of them.
/// </summary>
[Collection("one console host at a time")]
public sealed class SecretsNotLoggedTests
{
    [Fact]
    public async Task TheHostsLog_HoldsNoTokenAndNoPassword()
    {
        var log = new StringWriter();
        var before = System.Console.Out;
        System.Console.SetOut(TextWriter.Synchronized(log));
        var secrets = new List<string>();
        try
        {
            var host = new ConsoleHost();
            await host.InitializeAsync();
            try
            {
                secrets.AddRange(host.Accounts.Values.SelectMany(a => new[] { a.Token, a.InitialPassword, a.NewPassword }));
                secrets.Add(ConsoleHost.BootstrapToken);
                foreach (var name in new[] { "duty1", "admin1", "auditor1" })
                {
                    using var session = new FormClient(host.BaseAddress);
                    await session.SignInAsync(host.Accounts[name]);
                    Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/")).StatusCode);
                    using var wrong = new FormClient(host.BaseAddress);
                    // A token typed as a password, and a password sent as a token.
                    Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.PostFormAsync("/account/signin", "/account/signin", ("Name", name), ("Password", host.Accounts[name].Token))).StatusCode);
                    using var misused = new HttpClient { BaseAddress = host.BaseAddress };
                    misused.DefaultRequestHeaders.Authorization = new("Bearer", host.Accounts[name].NewPassword);
                    Assert.Equal(HttpStatusCode.Unauthorized, (await misused.GetAsync("/api/warnings")).StatusCode);
                }
                using (var admin = host.Bearer("admin1"))
                    Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
                using var revoked = host.Bearer("auditor1");
                Assert.Equal(1, await host.Services.GetRequiredService<ApiTokens>().RevokeAllAsync("auditor1", "test"));
                Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/warnings")).StatusCode);
                secrets.Add((await host.Services.GetRequiredService<AccountStore>().ResetPasswordAsync("duty1", "admin1"))!);
                // A bad upload and a bad request body: what the host does log.
                using var duty = host.Bearer("duty1");
                Assert.Equal(HttpStatusCode.BadRequest, (await duty.PostAsync("/api/forecasts", new StringContent("not,a,forecast"))).StatusCode);
                // The log read below is the host's own: a line written through its logger factory arrives there.
                host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("test").LogWarning("canary {Line}", "一行");
            }
            finally
            {
                await host.DisposeAsync(); // flushes the console logger
            }
        }
        finally
        {
            System.Console.SetOut(before);
        }
        var written = log.ToString();
        Assert.Contains("canary 一行", written);
        Assert.All(secrets, s => Assert.True(s.Length >= 10 && !written.Contains(s, StringComparison.Ordinal), $"a secret ({s[..4]}…) is in the host's log"));
    }
}
