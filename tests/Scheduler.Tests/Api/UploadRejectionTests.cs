using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Api;

[Collection("postgres")]
public sealed class UploadRejectionTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset ForecastTime = DateTimeOffset.Parse("2024-12-01T16:30:00+08:00");

    [Fact]
    public async Task BadForecast_Returns400WithPositionedErrors_AndLeavesNoRowBehind()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime));
        var before = await RowCounts(service);
        var lines = await File.ReadAllLinesAsync(Repo.Sample("forecast-orange.csv"));
        var cells = lines[2].Split(',');
        cells[3] = "high";
        lines[2] = string.Join(',', cells);

        var response = await service.Http.PostAsync("/api/forecasts", new StringContent(string.Join('\n', lines)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.StartsWith("forecast.csv:3:4: ", Assert.Single(errors));
        Assert.Equal(before, await RowCounts(service));
        Assert.Equal(0, await service.CountAsync("select count(*) from hangfire.job where invocationdata::text like '%EvaluateJob%'"));
        Assert.Empty(service.DeliveryLogLines());
        Assert.Empty(Directory.EnumerateDirectories(service.Outbox));
    }

    [Fact]
    public async Task ForecastOutsideTheEffectivePeriod_IsRefused_UnlessForced()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime));
        var before = await RowCounts(service);
        var old = (await File.ReadAllTextAsync(Repo.Sample("forecast-orange.csv"))).Replace("2024-12-", "2015-12-");

        var refused = await service.Http.PostAsync("/api/forecasts", new StringContent(old));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.StartsWith("forecast.csv:1:1: the forecast's days 2015-12-", Assert.Single(errors));
        Assert.Contains("outside the ruleset's effective period 2024-10-01 .. 2025-09-30", errors[0]);
        Assert.Equal(before, await RowCounts(service));

        var forced = await service.Http.PostAsync("/api/forecasts?force=true", new StringContent(old));

        Assert.Equal(HttpStatusCode.Accepted, forced.StatusCode);
        Assert.True((await forced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation_id").GetInt64() > 0);
    }

    [Fact]
    public async Task InvalidRuleset_Returns400WithDiagnostics_AndActiveVersionStays()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime));
        var active = await Database.StringsAsync(service.Postgres, "select id || ' ' || sha256 from ruleset_versions where active");
        var broken = (await File.ReadAllTextAsync(Repo.Ruleset)).Replace("acknowledge within 4h", "acknowledge within soon");

        var response = await service.Http.PostAsync("/api/rulesets?name=chongqing-2024.dss", new StringContent(broken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches(@"^[^:]+\.dss:\d+:\d+: ", e));
        Assert.Equal(active, await Database.StringsAsync(service.Postgres, "select id || ' ' || sha256 from ruleset_versions where active"));
        Assert.Equal(1, await service.CountAsync("select count(*) from ruleset_versions"));
    }

    [Fact]
    public async Task SameRulesetTwice_IsOneVersion()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime));

        var response = await service.Http.PostAsync("/api/rulesets?name=chongqing-2024.dss", new StringContent(await File.ReadAllTextAsync(Repo.Ruleset)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await service.CountAsync("select count(*) from ruleset_versions"));
        Assert.Equal(1, await service.CountAsync("select count(*) from audit_log where entity = 'ruleset'"));
    }

    [Fact]
    public async Task SameForecastTwice_IsOneForecastAndOneEvaluation()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime));

        var first = await (await service.UploadForecastAsync("forecast-orange.csv")).Content.ReadFromJsonAsync<JsonElement>();
        var second = await service.UploadForecastAsync("forecast-orange.csv");

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("forecast_id").GetInt64(), again.GetProperty("forecast_id").GetInt64());
        Assert.Equal(first.GetProperty("evaluation_id").GetInt64(), again.GetProperty("evaluation_id").GetInt64());
        Assert.Equal(1, await service.CountAsync("select count(*) from forecasts"));
        Assert.Equal(1, await service.CountAsync("select count(*) from evaluations"));
    }

    [Fact]
    public async Task BureauEndpoints_Need_AnAccountToken_AndFourEyesHold()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime));
        using var anonymous = new HttpClient { BaseAddress = service.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/warnings")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/forecasts", new StringContent("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
        // The Dashboard no longer takes the token in the URL: only an admin account's session or token opens it.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/hangfire?token={ServiceUnderTest.Token}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Http.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Approver.GetAsync("/hangfire")).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/notices")).StatusCode);
        // An approver reads, approves, but does not upload.
        Assert.Equal(HttpStatusCode.OK, (await service.Approver.GetAsync("/api/warnings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Approver.PostAsync("/api/forecasts", new StringContent("x"))).StatusCode);

        // Four eyes: the account whose upload proposed a warning cannot approve or reject it; another approver can.
        await service.UploadAndPlanAsync("forecast-orange.csv");
        var proposed = (await service.GetListAsync("/api/warnings")).First(w => w.GetProperty("status").GetString() == "Proposed").GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Http.PostAsync($"/api/warnings/{proposed}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Http.PostAsync($"/api/warnings/{proposed}/reject", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Approver.PostAsync($"/api/warnings/{proposed}/approve?comment=同意", null)).StatusCode);
        Assert.Equal(1, await service.CountAsync($"select count(*) from audit_log where entity = 'warning' and entity_id = {proposed} and action = 'Approved' and actor like 'approver-%' and detail = '同意'"));
    }

    /// <summary>Rows in every table of the domain store: a rejected upload changes none.</summary>
    private static async Task<string> RowCounts(ServiceUnderTest service)
    {
        var tables = await Database.StringsAsync(service.Postgres, "select table_name from information_schema.tables where table_schema = 'public' order by 1");
        var counts = new List<string>();
        foreach (var t in tables) counts.Add($"{t}={await service.CountAsync($"select count(*) from {t}")}");
        return string.Join(", ", counts);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(101)]
    public async Task OverlongRulesetName_Is400_AtOnce(int length)
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00")));
        var response = await service.Http.PostAsync($"/api/rulesets?name={new string('a', length - 4)}.dss", new StringContent(await File.ReadAllTextAsync(Repo.Ruleset)));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"?name= is {length} characters long", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeeplyNestedRuleset_Is400_WithAPositionedError_AndTheServerStaysUp()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00")));
        var text = (await File.ReadAllTextAsync(Repo.Ruleset)).Replace("when aqi > 重污染 on any day", "when (" + string.Concat(Enumerable.Repeat("not ", 12_000)) + "aqi > 重污染) on any day", StringComparison.Ordinal);
        var response = await service.Http.PostAsync("/api/rulesets?name=deep.dss", new StringContent(text));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("not not", StringComparison.Ordinal)) + 1;
        Assert.Contains($"deep.dss:{line}:", await response.Content.ReadAsStringAsync());
        Assert.Contains("DSS0012", await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await service.Http.GetAsync("/health/live")).StatusCode);
    }
}
