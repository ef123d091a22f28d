using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>
/// One `dss serve` hosted in the test process on a real loopback port, with an injected clock, its own
/// database and outbox folder; <see cref="Http"/> carries the bootstrap token (DSS_ADMIN_TOKEN), which uploads;
/// <see cref="Approver"/> an approver account's token, because nobody approves what they proposed (four eyes).
/// </summary>
internal sealed class ServiceUnderTest : IAsyncDisposable
{
    public const string Token = "test-bureau-token";
    private readonly WebApplication _app;

    public HttpClient Http { get; }
    public HttpClient Approver { get; }
    public IServiceProvider Services => _app.Services;
    public string Postgres { get; }
    public string Folder { get; }
    public string Outbox => Path.Combine(Folder, "outbox");
    public Uri BaseAddress { get; }

    private ServiceUnderTest(WebApplication app, string postgres, string folder, string approverToken)
    {
        _app = app;
        Postgres = postgres;
        Folder = folder;
        BaseAddress = new Uri(app.Urls.First());
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Approver = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Approver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", approverToken);
    }

    public static async Task<ServiceUnderTest> StartAsync(string postgres, string folder, TimeProvider clock, string? enterprises = null, int workers = 4,
        Func<ServeOptions, ServeOptions>? configure = null)
    {
        var options = new ServeOptions
        {
            Postgres = postgres,
            Urls = "http://127.0.0.1:0",
            Ruleset = Repo.Ruleset,
            Enterprises = enterprises,
            Outbox = Path.Combine(folder, "outbox"),
            AdminToken = Token,
            Workers = workers,
        };
        var (app, errors) = await SchedulerService.StartAsync(configure?.Invoke(options) ?? options, clock);
        if (app is null) throw new InvalidOperationException("service did not start: " + string.Join("; ", errors));
        var approver = await app.Services.GetRequiredService<AccountStore>().CreateAsync($"approver-{Guid.NewGuid():N}"[..20], Roles.Approver, null, "test");
        return new ServiceUnderTest(app, postgres, folder, approver.Token);
    }

    public async Task<HttpResponseMessage> UploadForecastAsync(string sampleName) =>
        await Http.PostAsync("/api/forecasts", new ByteArrayContent(await File.ReadAllBytesAsync(Repo.Sample(sampleName))));

    /// <summary>Uploads a sample forecast, expects 202 and waits until its evaluation is planned; returns the evaluation id.</summary>
    public async Task<long> UploadAndPlanAsync(string sampleName)
    {
        var upload = await UploadForecastAsync(sampleName);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, upload.StatusCode);
        var evaluation = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation_id").GetInt64();
        await WaitPlannedAsync(evaluation);
        return evaluation;
    }

    public async Task<List<JsonElement>> GetListAsync(string path) =>
        (await Http.GetFromJsonAsync<List<JsonElement>>(path))!;

    public async Task<long> ApproveAsync(long warningId)
    {
        var response = await Approver.PostAsync($"/api/warnings/{warningId}/approve", null);
        response.EnsureSuccessStatusCode();
        return warningId;
    }

    /// <summary>Waits until the evaluation is planned (its notices stored).</summary>
    public async Task WaitPlannedAsync(long evaluationId)
    {
        var failures = new List<string>();
        await Eventually.WaitForAsync(async () =>
        {
            failures = await Database.StringsAsync(Postgres, "select coalesce(s.data::json ->> 'ExceptionMessage', s.reason) from hangfire.state s where s.name = 'Failed' or (s.name = 'Scheduled' and s.reason like 'Retry%')");
            return await CountAsync($"select count(*) from evaluations where id = {evaluationId} and status = 'Planned'");
        }, n => n == 1 || failures.Count > 0, TimeSpan.FromSeconds(60), $"evaluation {evaluationId} to be planned");
        Assert.True(failures.Count == 0, $"a job failed while planning evaluation {evaluationId}: {string.Join(" | ", failures)}");
    }

    public Task<long> CountAsync(string sql) => Database.CountAsync(Postgres, sql);

    public string[] DeliveryLogLines()
    {
        var log = Path.Combine(Outbox, "deliveries.log");
        return File.Exists(log) ? File.ReadAllLines(log).Where(l => l.Length > 0).ToArray() : [];
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Approver.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
