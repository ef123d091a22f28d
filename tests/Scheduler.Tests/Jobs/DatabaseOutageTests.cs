using Npgsql;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// PostgreSQL stopped (immediate, as a crash) in the middle of delivery and started again a few seconds later,
/// <see cref="Rounds"/> times: every notice is delivered exactly once (outbox log and database) and none is left behind.
/// The service runs on its own cluster so the other tests never see the outage.
/// </summary>
[Collection("postgres")] // run apart from the other database tests: the outage test loads the machine
public sealed class DatabaseOutageTests
{
    private const int Rounds = 3;

    [Fact]
    public async Task PostgresRestartedMidDelivery_EveryNoticeDeliveredOnce()
    {
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        try
        {
            using var folder = new TempFolder();
            await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path,
                new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00")), Repo.EnterpriseSubset(folder.Path, 3),
                configure: o => o with { RecurringJobs = false });
            await service.UploadAndPlanAsync("forecast-orange.csv");
            foreach (var w in await service.GetListAsync("/api/warnings")) await service.ApproveAsync(w.GetProperty("id").GetInt64());
            var total = await service.CountAsync("select count(*) from notices where status in ('Scheduled', 'Delivered')");
            var log = Path.Combine(service.Outbox, "deliveries.log");
            for (var round = 1; round <= Rounds; round++)
            {
                var target = total * round / (Rounds + 1);
                await Eventually.WaitForAsync(() => Task.FromResult(File.Exists(log) ? File.ReadAllLines(log).Length : 0), lines => lines >= target,
                    TimeSpan.FromSeconds(120), $"delivery to reach {target} of {total} before outage {round}");
                postgres.Stop();
                await Task.Delay(TimeSpan.FromSeconds(3));
                postgres.Start();
            }
            var lines = File.ReadAllLines(log).Length;
            Assert.True(lines < total, $"delivery of {total} notices finished before the last outage; the test needs a bigger list");
            // Failed delivery jobs retry with Hangfire's backoff; the recovery sweep (run here as at start-up) picks up the rest at once.
            await Eventually.WaitForAsync(async () =>
                {
                    try
                    {
                        await service.Services.GetRequiredService<RecoveryJob>().RunAsync(0);
                        return await service.CountAsync("select count(*) from notices where status = 'Delivered'");
                    }
                    catch (NpgsqlException)
                    {
                        // A pooled connection from before the restart breaks on first use (seen twice in loaded full runs);
                        // the recurring sweep would simply run again a minute later, and so does this probe.
                        return -1;
                    }
                }, n => n == total, TimeSpan.FromSeconds(180), $"all {total} notices delivered after {Rounds} outages");
            OutboxLog.AssertEachDeliveredOnce(service.Outbox, total);
            Assert.Equal(total, await service.CountAsync("select count(*) from deliveries where outcome in ('Delivered', 'AlreadyDelivered')"));
            Assert.Equal(0, await service.CountAsync("select count(*) from notices where status in ('Scheduled', 'Rendered')"));
        }
        finally { await postgres.DisposeAsync(); }
    }
}
