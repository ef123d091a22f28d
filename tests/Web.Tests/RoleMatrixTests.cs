using System.Net;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// Every route (pages with the session cookie, API with bearer tokens) × every role and anonymous → the expected
/// allow or deny, with zero unexpected answers (and no 500s). Also: DSS_ADMIN_TOKEN works only while no admin account is
/// enabled, four eyes bind it on ruleset activations (on warnings: the scheduler's UploadRejectionTests), and an enterprise
/// account reads its own notices only.
/// </summary>
[Collection("one console host at a time")]
public sealed class RoleMatrixTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    private static readonly string[] Bureau = [Roles.Admin, Roles.Author, Roles.Duty, Roles.Approver, Roles.Auditor];
    private static readonly string[] Accounts = ["admin1", "author1", "duty1", "approver1", "auditor1", "enterprise1", "inspector1"];
    private static readonly string[] Lists = [.. Bureau, Roles.Inspector];

    private static IReadOnlyList<RouteCase> Routes(long evaluation, long warning, long notice, long own = 0, string code = "", string episode = "2024-12-04") =>
    [
        new("GET", "/", true, Bureau), new("GET", "/live", true, Bureau), new("GET", "/forecasts", true, Bureau),
        new("GET", $"/evaluations/{evaluation}", true, Bureau), new("GET", $"/warnings/{warning}", true, Bureau),
        new("GET", "/notices", true, Bureau), new("GET", $"/notices/{notice}", true, Bureau), new("GET", $"/notices/{notice}?handler=Document", true, Bureau),
        new("GET", $"/notices/{notice}?handler=Pdf", true, Bureau),
        new("POST", $"/notices/{notice}/delivery?handler=Retry", true, Roles.Duty), new("POST", $"/notices/{notice}/delivery?handler=Acknowledge", true, Roles.Duty),
        new("GET", $"/notices/{notice}/delivery", true, Roles.Duty),
        new("GET", "/accounts", true, Roles.Admin), new("POST", "/accounts?handler=Add", true, Roles.Admin), new("POST", "/accounts?handler=Disable", true, Roles.Admin),
        new("POST", "/accounts?handler=Enable", true, Roles.Admin), new("POST", "/accounts?handler=Reset", true, Roles.Admin), new("POST", "/accounts?handler=Revoke", true, Roles.Admin),
        new("GET", "/rulesets", true, Bureau), new("GET", "/rulesets/1/impact", true, Bureau), new("GET", "/rulesets/1/impact?handler=Result", true, Bureau),
        new("GET", "/audit", true, Bureau), new("GET", "/audit?handler=Csv", true, Bureau),
        new("GET", "/forecasts/upload", true, Roles.Duty), new("GET", "/rulesets/upload", true, Roles.Author),
        new("GET", $"/warnings/{warning}/decide", true, Roles.Approver), new("GET", "/rulesets/proposals/1/decide", true, Roles.Approver),
        new("GET", "/account", true, "*"), new("GET", "/account/password", true, "*"), new("GET", "/account/signin", true, "anonymous", "*"),
        new("GET", "/hangfire", false, Roles.Admin),
        new("GET", "/api/warnings", false, Bureau), new("GET", "/api/notices", false, [.. Bureau, Roles.Enterprise]),
        // An enterprise is allowed the route; another's notice answers 404 (EnterpriseAccount_ReadsOnlyItsOwnNotices).
        new("GET", $"/api/notices/{notice}", false, [.. Bureau, Roles.Enterprise]),
        new("GET", "/health", false, "anonymous", "*"), new("GET", "/health/live", false, "anonymous", "*"), new("GET", "/health/ready", false, "anonymous", "*"),
        new("GET", $"/api/evaluations/{evaluation}/decisions", false, Bureau), new("GET", $"/api/evaluations/{evaluation}/report", false, Bureau),
        // Without ?code=: a duty officer acknowledges for recipients, an enterprise its own (404 for another's); anonymous 401, any other account 403.
        new("POST", "/api/notices/999999/ack", false, Roles.Duty, Roles.Enterprise),
        new("POST", "/api/forecasts", false, Roles.Duty), new("POST", "/api/rulesets", false, Roles.Author),
        new("POST", "/api/warnings/999999/approve", false, Roles.Approver), new("POST", "/api/warnings/999999/reject", false, Roles.Approver),
        new("POST", "/api/rulesets/proposals/999999/accept", false, Roles.Approver), new("POST", "/api/rulesets/proposals/999999/reject", false, Roles.Approver),
        // Enterprise portal (issue 13): its own pages; sign-in and first password open to all.
        new("GET", "/portal", true, Roles.Enterprise), new("GET", $"/portal/notices/{own}", true, Roles.Enterprise),
        new("GET", $"/portal/notices/{own}?handler=Document", true, Roles.Enterprise), new("GET", $"/portal/notices/{notice}?handler=Pdf", true, Roles.Enterprise),
        new("POST", $"/portal/notices/{own}?handler=Acknowledge", true, Roles.Enterprise), new("POST", $"/portal/notices/{own}?handler=Report", true, Roles.Enterprise),
        new("GET", "/portal/evidence/999999", true, Roles.Enterprise),
        new("GET", "/portal/signin", true, "anonymous", "*"), new("GET", "/portal/activate", true, "anonymous", "*"),
        new("GET", "/api/evidence/999999", false, [.. Lists, Roles.Enterprise]),
        // Inspections, the lists, post-mortems.
        new("GET", "/inspect", true, Roles.Inspector), new("GET", $"/inspect/{code}", true, Roles.Inspector), new("POST", $"/inspect/{code}", true, Roles.Inspector),
        new("GET", "/supervision", true, Lists), new("GET", "/supervision?handler=Csv&list=supervise", true, Lists),
        new("GET", "/supervision?handler=Xlsx&list=expose", true, Lists), new("GET", "/exposure", true, "anonymous", "*"),
        new("GET", "/review", true, Lists), new("GET", $"/review/{Uri.EscapeDataString("江津区")}/{episode}", true, Lists),
        new("GET", $"/review/{Uri.EscapeDataString("无此区")}/{episode}?handler=Pdf", true, Lists),
    ];

    [Fact]
    public async Task EveryRoute_TimesEveryRole_AnswersAsDeclared()
    {
        var (evaluation, warning, notice) = await PlannedOrangeAsync();
        var own = await Database.CountAsync(host.Postgres, $"select min(id) from notices where target = '{host.EnterpriseCode}'");
        var episode = (await Database.StringsAsync(host.Postgres, "select to_char(min(episode_start), 'YYYY-MM-DD') from warnings where district = '江津区'")).Single();
        var unexpected = new List<string>();
        var sessions = new Dictionary<string, FormClient>();
        foreach (var name in Accounts)
        {
            sessions[name] = new FormClient(host.BaseAddress);
            await sessions[name].SignInAsync(host.Accounts[name]);
        }
        using var anonymous = new FormClient(host.BaseAddress);
        var checkedCount = 0;
        foreach (var route in Routes(evaluation, warning, notice, own, host.EnterpriseCode, episode))
        {
            foreach (var who in Accounts.Prepend("anonymous"))
            {
                var role = who == "anonymous" ? "anonymous" : host.Accounts[who].Role;
                var allowed = route.Allowed.Contains(role) || (role != "anonymous" && route.Allowed.Contains("*"));
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path) { Content = route.Method == "POST" ? new StringContent("x") : null };
                var client = who == "anonymous" ? anonymous.Http : route.Page ? sessions[who].Http : host.Bearer(who);
                var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var location = response.Headers.Location?.OriginalString ?? "";
                var toSignIn = status == 302 && (location.Contains("/account/signin", StringComparison.Ordinal) || location.Contains("/portal/signin", StringComparison.Ordinal));
                var ok = allowed
                    ? status is not (401 or 403 or >= 500) && !toSignIn
                    : role == "anonymous" ? (route.Page ? toSignIn : status == 401) : status == 403;
                if (!ok) unexpected.Add($"{route} as {who} ({role}): {status} {response.Headers.Location}, expected {(allowed ? "allowed" : "denied")}");
                checkedCount++;
            }
        }
        foreach (var s in sessions.Values) s.Dispose();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} unexpected answers of {checkedCount}:\n" + string.Join("\n", unexpected));
        Assert.Equal(Routes(0, 0, 0).Count * (Accounts.Length + 1), checkedCount);
    }

    [Fact]
    public async Task BootstrapToken_WorksOnlyUntilAnAdminExists_AndFourEyesBindIt()
    {
        var (_, warning, _) = await PlannedOrangeAsync();
        using var bootstrap = new HttpClient { BaseAddress = host.BaseAddress };
        bootstrap.DefaultRequestHeaders.Authorization = new("Bearer", ConsoleHost.BootstrapToken);
        // admin1 exists: DSS_ADMIN_TOKEN has done its job (bootstrapping the first admin) and is refused everywhere.
        Assert.Equal(HttpStatusCode.Unauthorized, (await bootstrap.GetAsync("/api/warnings")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bootstrap.PostAsync($"/api/warnings/{warning}/approve", null)).StatusCode);
        var store = host.Services.GetRequiredService<AccountStore>();
        Assert.True(await store.SetDisabledAsync("admin1", true, "test"));
        try
        {
            // No enabled admin: the bootstrap account works again, and four eyes bind it: it cannot accept its own proposal.
            Assert.Equal(HttpStatusCode.OK, (await bootstrap.GetAsync("/api/warnings")).StatusCode);
            var ruleset = (await File.ReadAllTextAsync(Repo.Ruleset)).Replace("version \"2024.1\"", "version \"2024.1-修订\"");
            var proposed = await bootstrap.PostAsync("/api/rulesets?name=chongqing-2024.dss", new StringContent(ruleset));
            Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
            var proposal = System.Text.Json.JsonDocument.Parse(await proposed.Content.ReadAsStringAsync()).RootElement.GetProperty("proposal_id").GetInt64();
            Assert.Equal(HttpStatusCode.Forbidden, (await bootstrap.PostAsync($"/api/rulesets/proposals/{proposal}/accept", null)).StatusCode);
            Assert.Equal(0, await Database.CountAsync(host.Postgres, "select count(*) from ruleset_versions where active and version = '2024.1-修订'"));
            using var approver = host.Bearer("approver2");
            Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync($"/api/rulesets/proposals/{proposal}/reject?comment=暂缓", null)).StatusCode);
            Assert.Equal(1, await Database.CountAsync(host.Postgres, $"select count(*) from audit_log where actor = 'approver2' and action = 'ActivationRejected'"));
        }
        finally
        {
            await store.SetDisabledAsync("admin1", false, "test");
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await bootstrap.GetAsync("/api/warnings")).StatusCode);
    }

    [Fact]
    public async Task EnterpriseAccount_ReadsOnlyItsOwnNotices()
    {
        await PlannedOrangeAsync();
        // Not the host's enterprise1 (one account per enterprise).
        var codes = await Database.StringsAsync(host.Postgres, $"select distinct target from notices where target_kind = 'enterprise' and target <> '{host.EnterpriseCode}' order by 1 limit 2");
        Assert.Equal(2, codes.Count);
        var own = (await host.Services.GetRequiredService<AccountStore>().CreateAsync($"ent-{codes[0][..10]}", Roles.Enterprise, codes[0], "test")).Token;
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", own);
        var mine = await Database.StringsAsync(host.Postgres, $"select id from notices where target = '{codes[0]}'");
        var theirs = await Database.StringsAsync(host.Postgres, $"select id from notices where target <> '{codes[0]}' order by id limit 50");
        foreach (var id in mine) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/notices/{id}")).StatusCode);
        foreach (var id in theirs) Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/notices/{id}")).StatusCode);
        var listed = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/api/notices")).RootElement.EnumerateArray().Select(n => n.GetProperty("target").GetString()).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, t => Assert.Equal(codes[0], t));
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/warnings")).StatusCode);
    }

    /// <summary>Uploads the orange forecast once per class (duty2's API token) and waits until it is planned.</summary>
    private async Task<(long Evaluation, long Warning, long Notice)> PlannedOrangeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            using var uploader = host.Uploader();
            var upload = await uploader.PostAsync("/api/forecasts", new ByteArrayContent(await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv"))));
            var evaluation = System.Text.Json.JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("evaluation_id").GetInt64();
            await Eventually.WaitForAsync(async () => (Planned: await Database.CountAsync(host.Postgres, $"select count(*) from evaluations where id = {evaluation} and status = 'Planned'"),
                    Failures: string.Join(" | ", await Database.StringsAsync(host.Postgres, "select coalesce(s.data::json ->> 'ExceptionMessage', s.reason) from hangfire.state s where s.name = 'Failed' or (s.name = 'Scheduled' and s.reason like 'Retry%')")),
                    Jobs: string.Join(",", await Database.StringsAsync(host.Postgres, "select statename from hangfire.job order by id"))),
                n => n.Planned == 1, TimeSpan.FromSeconds(180), "the orange forecast to be planned");
            var warning = await Database.CountAsync(host.Postgres, "select min(id) from warnings");
            var notice = await Database.CountAsync(host.Postgres, "select min(id) from notices");
            return (evaluation, warning, notice);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static readonly SemaphoreSlim Gate = new(1, 1);
}
