using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// Nothing stale goes out: a notice not yet sent whose event a newer forecast overtakes is Withdrawn in the planning
/// transaction; the delivery job sends nothing for a lifted or rejected warning; approval after several evaluations
/// sends each recipient one notice describing the current state.
/// </summary>
[Collection("postgres")]
public sealed class LifecycleTests(PostgresServer postgres)
{
    // The forecasts are issued 2024-12-01 16:00; an hour later the episode's issue time is still ahead.
    private static readonly DateTimeOffset Early = DateTimeOffset.Parse("2024-12-01T17:00:00+08:00");

    [Fact]
    public async Task LiftedBeforeItsIssueTime_ScheduledIssueNoticesAreWithdrawn_AndTheDelayedJobSendsNothing()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(Early),
            Repo.EnterpriseSubset(folder.Path, 300));
        await service.UploadAndPlanAsync("forecast-yellow.csv");
        var scheduled = await Database.StringsAsync(service.Postgres, "select id from notices where status = 'Scheduled' and event = 'issue'");
        Assert.NotEmpty(scheduled);
        var batches = await Database.StringsAsync(service.Postgres, "select distinct batch_id from notices where status = 'Scheduled'");

        await service.UploadAndPlanAsync("forecast-clean.csv");

        Assert.Equal(0, await service.CountAsync("select count(*) from notices where status in ('Scheduled', 'Rendered')"));
        Assert.Equal(scheduled.Count, await service.CountAsync($"select count(*) from notices where status = 'Withdrawn' and id in ({string.Join(",", scheduled)})"));
        // The delayed delivery job still fires at the old issue time: it finds nothing to send.
        var job = service.Services.GetRequiredService<DeliverBatchJob>();
        foreach (var batch in batches) await job.RunAsync(long.Parse(batch));
        Assert.Equal(0, await service.CountAsync("select count(*) from notices where status = 'Delivered'"));
        Assert.Equal(0, await service.CountAsync("select count(*) from deliveries"));
    }

    [Fact]
    public async Task ApprovedAfterSeveralEvaluations_EachRecipientGetsOneNotice_OfTheCurrentState()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path,
            new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00")), Repo.EnterpriseSubset(folder.Path, 300));
        await service.UploadAndPlanAsync("forecast-orange.csv");
        await service.UploadAndPlanAsync("forecast-red.csv");
        var red = (await service.GetListAsync("/api/warnings")).Where(w => w.GetProperty("level").GetString() == "red").ToList();
        Assert.NotEmpty(red);
        var id = red[0].GetProperty("id").GetInt64();
        // The orange issue notices, never sent, were overtaken by the red forecast.
        Assert.True(await service.CountAsync($"select count(*) from notices where warning_id = {id} and status = 'Withdrawn' and level = 'orange'") > 0,
            "the orange notices were withdrawn");

        await service.ApproveAsync(id);

        var live = $"from notices where warning_id = {id} and status <> 'Withdrawn'";
        // One issue notice of the current state per recipient; a warning whose level changes later in its episode adds
        // that planned level change (one notice per later segment, a change event at another level), nothing else.
        Assert.Equal(await service.CountAsync($"select count(distinct (target_kind, target)) {live}"), await service.CountAsync($"select count(*) {live} and event = 'issue'"));
        Assert.Equal(await service.CountAsync($"select count(distinct (target_kind, target, level)) {live} and event <> 'issue'"),
            await service.CountAsync($"select count(*) {live} and event <> 'issue'"));
        Assert.Equal(0, await service.CountAsync($"select count(*) {live} and event not in ('issue', 'upgrade', 'downgrade')"));
        Assert.Equal(0, await service.CountAsync($"select count(*) {live} and level <> 'red' and target_kind = 'warning' and event = 'issue'"));
        var total = await service.CountAsync($"select count(*) {live}");
        await Eventually.WaitForAsync(() => service.CountAsync($"select count(*) {live} and status = 'Delivered'"), n => n == total,
            TimeSpan.FromSeconds(60), "the current notices delivered");
        OutboxLog.AssertEachDeliveredOnce(service.Outbox, await service.CountAsync("select count(*) from notices where status = 'Delivered'"));
    }
}
