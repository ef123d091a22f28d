using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// PostgreSQL stopped (immediate, as a crash) while a forecast is evaluated and planned, and started again a few
/// seconds later, for each forecast of a sequence (orange → red → clean): each evaluation is planned exactly once,
/// its notices are planned once (one per target and event), every notice that goes out goes out once, and nothing
/// is left waiting. Runs on its own cluster so the other tests never see the outage.
/// </summary>
[Collection("postgres")]
public sealed class PlanningOutageTests
{
    private static readonly string[] Sequence = ["forecast-orange.csv", "forecast-red.csv", "forecast-clean.csv"];

    [Fact]
    public async Task PostgresRestartedMidPlanning_EachEvaluationPlannedOnce_EveryNoticeDeliveredOnce()
    {
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        try
        {
            using var folder = new TempFolder();
            await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path,
                new ManualClock(DateTimeOffset.Parse("2024-12-31T09:00:00+08:00")), Repo.EnterpriseSubset(folder.Path, 6),
                configure: o => o with { RecurringJobs = false });
            var recovery = service.Services.GetRequiredService<RecoveryJob>();
            var delays = new[] { 50, 400, 900 };
            for (var round = 0; round < Sequence.Length; round++)
            {
                var upload = await service.UploadForecastAsync(Sequence[round]);
                Assert.Equal(System.Net.HttpStatusCode.Accepted, upload.StatusCode);
                await Task.Delay(delays[round]); // the evaluate job has started (or is about to)
                postgres.Stop();
                await Task.Delay(TimeSpan.FromSeconds(3));
                postgres.Start();
                // Failed jobs retry with Hangfire's backoff; the recovery sweep (as at start-up) re-enqueues a stalled evaluation at once.
                try
                {
                    await Eventually.WaitForAsync(async () =>
                        {
                            await SweepAsync(recovery);
                            return await service.CountAsync("select count(*) from evaluations where status <> 'Planned'");
                        }, n => n == 0, TimeSpan.FromSeconds(180), $"round {round + 1}: the evaluation to be planned after the outage");
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    var states = await Database.StringsAsync(service.Postgres, "select id || ' ' || status from evaluations order by id");
                    var jobs = await Database.StringsAsync(service.Postgres,
                        "select s.name || ': ' || coalesce(s.data::json ->> 'ExceptionMessage', s.reason, '') from hangfire.state s order by s.id desc limit 12");
                    var activity = await Database.StringsAsync(service.Postgres,
                        "select state || ' ' || coalesce(wait_event_type, '') || '/' || coalesce(wait_event, '') || ' ' || left(query, 120) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()");
                    Assert.Fail($"{e.Message}\nevaluations: {string.Join(", ", states)}\nlast job states: {string.Join(" | ", jobs)}\nsessions: {string.Join("\n  ", activity)}");
                }
                foreach (var w in await service.GetListAsync("/api/warnings"))
                    if (w.GetProperty("status").GetString() == "Proposed") await service.ApproveAsync(w.GetProperty("id").GetInt64());
                await Eventually.DrainAsync(async () =>
                    {
                        await SweepAsync(recovery);
                        return await service.CountAsync("select count(*) from notices where status in ('Scheduled', 'Rendered')");
                    }, TimeSpan.FromSeconds(120), $"round {round + 1}: every scheduled notice to be delivered",
                    async () => string.Join(", ", await Database.StringsAsync(service.Postgres,
                        "select status || ' ' || event || ' ' || count(*) from notices group by status, event order by 1")) + "; batches: " +
                        string.Join(", ", await Database.StringsAsync(service.Postgres,
                        "select distinct b.id || ' due ' || coalesce(b.due_at::text, '-') || ' w ' || coalesce(w.status, '-') from notices n join notice_batches b on b.id = n.batch_id left join warnings w on w.id = n.warning_id where n.status = 'Scheduled' limit 8")) +
                        "; sessions: " + string.Join(" | ", await Database.StringsAsync(service.Postgres,
                        "select state || ' ' || coalesce(wait_event_type, '') || '/' || coalesce(wait_event, '') || ' ' || left(query, 100) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'")) +
                        "; jobs: " + string.Join(" | ", await Database.StringsAsync(service.Postgres,
                        "select s.name || ' ' || coalesce(s.reason, '') || ' ' || coalesce(s.data::json ->> 'ExceptionMessage', '') || coalesce(s.data::json ->> 'EnqueueAt', '') from hangfire.state s order by s.id desc limit 10")));
            }

            Assert.Equal(Sequence.Length, await service.CountAsync("select count(*) from evaluations where status = 'Planned'"));
            Assert.Equal(Sequence.Length, await service.CountAsync("select count(distinct evaluation_id) from notice_batches"));
            var delivered = await service.CountAsync("select count(*) from notices where status in ('Delivered', 'Acknowledged')");
            Assert.True(delivered > 0);
            OutboxLog.AssertEachDeliveredOnce(service.Outbox, delivered);
            Assert.Equal(delivered, await service.CountAsync("select count(*) from deliveries where outcome in ('Delivered', 'AlreadyDelivered') and not reminder"));
            Assert.Equal(0, await service.CountAsync("select count(*) from warnings where status not in ('Lifted', 'Rejected')"));
            Assert.Equal(await service.CountAsync("select count(*) from notices"),
                await service.CountAsync("select count(distinct (target_kind, district, target, event, episode_start, level, episode_end, warning_id)) from notices"));
        }
        finally { await postgres.DisposeAsync(); }
    }

    private System.Diagnostics.Stopwatch? _sinceSweep;

    /// <summary>The recovery sweep as the recurring job runs it (here at most every 10 s, with no quiet period); it may meet the
    /// database still starting, and the next call runs it again.</summary>
    private async Task SweepAsync(RecoveryJob recovery)
    {
        if (_sinceSweep is { Elapsed.TotalSeconds: < 10 }) return;
        _sinceSweep = System.Diagnostics.Stopwatch.StartNew();
        try { await recovery.RunAsync(0); }
        catch (Npgsql.NpgsqlException) { }
        catch (InvalidOperationException) { }
    }
}
