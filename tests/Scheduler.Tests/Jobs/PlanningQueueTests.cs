using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// A new forecast is planned at once even while the notices of the last one are still being delivered: planning has a
/// worker of its own (<c>JobQueues.Planning</c>). Before, its job queued behind every delivery job already waiting
/// (Hangfire takes one queue's jobs in order), so with a slow recipient system a new warning waited for the old
/// deliveries to finish.
/// </summary>
[Collection("postgres")]
public sealed class PlanningQueueTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2024-12-03T09:00:00+08:00");

    [Fact]
    public async Task NewForecast_IsPlanned_WhileTheLastOnesDeliveriesAreStillUnderWay()
    {
        using var folder = new TempFolder();
        // Every enterprise's own system answers after 1 s: one delivery worker needs minutes for the yellow notices, while
        // a district's batch (what planning may have to wait for, when it overtakes notices the batch holds) takes seconds.
        await using var webhook = await LoopbackWebhook.StartAsync(Enumerable.Repeat(new WebhookReply(200, Stall: TimeSpan.FromSeconds(1)), 4_000).ToArray());
        var enterprises = Repo.WithWebhook(Repo.EnterpriseSubset(folder.Path, 50), webhook.Url());
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(Now), enterprises, workers: 1,
            configure: o => o with { RecurringJobs = false, Webhook = new WebhookOptions() });

        await service.UploadAndPlanAsync("forecast-yellow.csv");
        var yellow = await service.CountAsync("select count(*) from notices where status = 'Scheduled' and webhook is not null");
        Assert.True(yellow >= 80, $"the yellow forecast should schedule notices to enterprise systems ({yellow})");
        await Eventually.WaitForAsync(() => Task.FromResult(webhook.Requests.Count), n => n > 0, TimeSpan.FromSeconds(60), "the first delivery to start");

        var clock = Stopwatch.StartNew();
        var upload = await service.UploadForecastAsync("forecast-red.csv");
        var evaluation = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation_id").GetInt64();
        await Eventually.WaitForAsync(async () => (await Database.StringsAsync(service.Postgres, $"select status from evaluations where id = {evaluation}")).Single(),
            s => s != "Queued", TimeSpan.FromSeconds(60), "the red forecast to be planned while the yellow notices are delivered");
        var delivered = webhook.Requests.Count;
        Console.WriteLine($"red planned {clock.Elapsed.TotalSeconds:0.0} s after its upload; {delivered} of {yellow} yellow deliveries done");
        Assert.True(delivered < yellow, $"the yellow deliveries had finished ({delivered} of {yellow}) before the red forecast was planned, {clock.Elapsed.TotalSeconds:0} s after its upload");
    }
}
