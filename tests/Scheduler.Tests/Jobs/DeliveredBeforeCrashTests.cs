using EmergencyDSS.Notices.Lifecycle;
using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// Planning settles notices the outbox listed before a crash while a live delivery job may be delivering one of them
/// right now (log line written, transaction not yet committed). The two must not deadlock: planning waits for the job.
/// Before the fix planning inserted the delivery row first and then waited for the job's row lock, while the job waited
/// for planning's unique-index entry; PostgreSQL aborted one of them (the kill loop saw an evaluation unplanned for 120 s).
/// </summary>
[Collection("postgres")]
public sealed class DeliveredBeforeCrashTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2024-12-03T09:00:00+08:00");

    [Fact]
    public async Task PlanningSettlingANoticeALiveDeliveryHolds_WaitsForIt_NoDeadlock_DeliveredOnce()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(Now),
            Repo.EnterpriseSubset(folder.Path, 50));
        // Orange waits for approval: its notices stay Rendered and no job delivers them. One is made Scheduled by hand.
        await service.UploadAndPlanAsync("forecast-orange.csv");
        var id = long.Parse((await Database.StringsAsync(service.Postgres,
            "update notices set status = 'Scheduled' where id = (select min(id) from notices where target_kind = 'enterprise' and status = 'Rendered') returning id")).Single());
        var address = (await Database.RowsAsync(service.Postgres, $"select target_kind, district, target from notices where id = {id}")).Single();
        var outbox = service.Services.GetRequiredService<DeliveryChannelSet>().Outbox!;

        // The delivery job: claims the notice, writes the outbox line, has not committed.
        await using var job = new NpgsqlConnection(service.Postgres);
        await job.OpenAsync();
        await using var jobTx = await job.BeginTransactionAsync();
        var batch = await Database.CountAsync(service.Postgres, $"select batch_id from notices where id = {id}");
        var request = (await NoticeDeliveryRows.ClaimAsync(job, jobTx, batch, new HashSet<long>(), 50)).Single(r => r.NoticeId == id);
        var result = await outbox.DeliverAsync(request, CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);

        // Planning: finds the notice Scheduled in the database and listed in the outbox.
        await using var planning = new NpgsqlConnection(service.Postgres);
        await planning.OpenAsync();
        var planningPid = planning.ProcessID;
        var settle = Task.Run(async () =>
        {
            await using var tx = await planning.BeginTransactionAsync();
            await DeliveredBeforeCrash.SettleAsync(planning, tx, outbox, [new NoticeAddress(address[0], address[1], address[2])], Now);
            await tx.CommitAsync();
        });
        await Eventually.WaitForAsync(() => Database.CountAsync(service.Postgres, $"select count(*) from pg_stat_activity where pid = {planningPid} and wait_event_type = 'Lock'"),
            n => n == 1 || settle.IsCompleted, TimeSpan.FromSeconds(30), "planning to wait for the delivery job's lock");
        Assert.False(settle.IsCompleted, "planning settled a notice a live delivery job holds without waiting for it");

        // The job records its delivery and commits; planning then finds the notice delivered and settles nothing.
        await NoticeDeliveryRows.RecordAsync(job, jobTx, [new DeliveryAttempt(id, outbox.Name, result)], [(id, NoticeStatus.Delivered)], Now);
        await jobTx.CommitAsync();
        await settle.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, await Database.CountAsync(service.Postgres, $"select count(*) from deliveries where notice_id = {id} and outcome in ('Delivered', 'AlreadyDelivered')"));
        Assert.Equal("Delivered", (await Database.StringsAsync(service.Postgres, $"select status from notices where id = {id}")).Single());
    }
}
