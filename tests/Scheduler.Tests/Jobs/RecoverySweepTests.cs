using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// The recovery sweep revives only batches that went quiet: Scheduled notices nobody has touched and no
/// delivery attempted for five minutes. A batch whose channel is failing (attempts being recorded) is left
/// to its job's own retry backoff instead of being queued again every minute.
/// </summary>
[Collection("postgres")]
public sealed class RecoverySweepTests(PostgresServer postgres)
{
    [Fact]
    public async Task StalledBatch_IsRequeued_OnlyAfterFiveQuietMinutes()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00"));
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, clock,
            Repo.EnterpriseSubset(folder.Path, 600), configure: o => o with { RecurringJobs = false });
        await service.UploadAndPlanAsync("forecast-orange.csv");
        var dispatcher = service.Services.GetRequiredService<BatchDispatcher>();
        Assert.Equal(0, await dispatcher.DispatchStalledAsync(TimeSpan.FromMinutes(5))); // awaiting approval: nothing Scheduled

        // One batch left Scheduled (as after a lost enqueue), with a failed attempt a moment ago.
        var batch = (await Database.StringsAsync(service.Postgres, "select min(batch_id)::text from notices")).Single();
        await using (var conn = new NpgsqlConnection(service.Postgres))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"""
                update notices set status = 'Scheduled', updated_at = @now where batch_id = {batch};
                insert into deliveries (notice_id, channel, attempts, outcome, detail, at)
                select min(id), 'webhook', 5, 'Failed', 'answered 503', @now from notices where batch_id = {batch};
                """, conn);
            cmd.Parameters.AddWithValue("now", clock.GetUtcNow());
            await cmd.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, await dispatcher.DispatchStalledAsync(TimeSpan.FromMinutes(5)));
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, await dispatcher.DispatchStalledAsync(TimeSpan.FromMinutes(5)));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await dispatcher.DispatchStalledAsync(TimeSpan.FromMinutes(5)));
    }
}
