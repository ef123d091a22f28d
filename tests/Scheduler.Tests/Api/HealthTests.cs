using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Api;

/// <summary>
/// Live versus ready, and a database outage: while its own PostgreSQL is stopped the service stays live, is not
/// ready, and answers API calls 503 with a message (not a bare 500); once PostgreSQL is back, everything answers again.
/// </summary>
public sealed class HealthTests
{
    [Fact]
    public async Task DatabaseAway_LiveButNotReady_Api503_ThenBack()
    {
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        try
        {
            using var folder = new TempFolder();
            await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path,
                new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00")), configure: o => o with { RecurringJobs = false });
            using var anonymous = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await service.Http.GetAsync("/api/warnings")).StatusCode);

            postgres.Stop();
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
            var ready = await anonymous.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health")).StatusCode);
            var api = await service.Http.GetAsync("/api/warnings");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            var errors = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetString();
            Assert.Equal("the database is not reachable; try again in a minute", errors);

            postgres.Start();
            await Eventually.WaitForAsync(async () => (int)(await anonymous.GetAsync("/health/ready")).StatusCode, s => s == 200,
                TimeSpan.FromSeconds(30), "ready again after PostgreSQL is back");
            await Eventually.WaitForAsync(async () => (int)(await service.Http.GetAsync("/api/warnings")).StatusCode, s => s == 200,
                TimeSpan.FromSeconds(30), "the API to answer again");
        }
        finally { await postgres.DisposeAsync(); }
    }

    [Theory]
    [InlineData("x")]
    [InlineData("fifteen-chars!!")]
    public async Task ShortAdminToken_IsRefusedAtStart(string token)
    {
        var (app, errors) = await SchedulerService.StartAsync(new ServeOptions { Postgres = "Host=127.0.0.1;Port=1", Urls = "http://127.0.0.1:0", AdminToken = token },
            TimeProvider.System);
        Assert.Null(app);
        Assert.Equal($"DSS_ADMIN_TOKEN has {token.Length} characters; it needs at least 16 (for example: openssl rand -hex 16)", Assert.Single(errors));
    }
}
