using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>Two servers (hosts in this process, and two `dss serve` processes) on one database and one outbox share the queues: every notice is delivered exactly once.</summary>
[Collection("postgres")]
public sealed class TwoServersTests(PostgresServer postgres)
{
    [Fact]
    public async Task TwoServers_ShareTheQueues_WithoutDuplicates()
    {
        using var folder = new TempFolder();
        var db = await postgres.CreateDatabaseAsync();
        var enterprises = Repo.EnterpriseSubset(folder.Path, 10);
        var clock = new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00"));
        var starting = new[] { ServiceUnderTest.StartAsync(db, folder.Path, clock, enterprises), ServiceUnderTest.StartAsync(db, folder.Path, clock, enterprises) };
        await using var a = await starting[0];
        await using var b = await starting[1];

        var evaluation = await a.UploadAndPlanAsync("forecast-orange.csv");
        var total = await a.CountAsync("select count(*) from notices");
        var warnings = await b.GetListAsync("/api/warnings");
        // Approvals arrive at both servers, so both enqueue delivery batches; every batch job may run on either.
        foreach (var (w, i) in warnings.Select((w, i) => (w, i))) await (i % 2 == 0 ? a : b).ApproveAsync(w.GetProperty("id").GetInt64());
        await Eventually.WaitForAsync(() => a.CountAsync("select count(*) from notices where status = 'Delivered'"), n => n == total,
            TimeSpan.FromSeconds(90), $"all {total} notices delivered by the two servers");

        OutboxLog.AssertEachDeliveredOnce(a.Outbox, total);
        Assert.Equal(total, await a.CountAsync("select count(*) from deliveries where outcome in ('Delivered', 'AlreadyDelivered')"));
        Assert.Equal(1, await a.CountAsync("select count(*) from ruleset_versions"));
        Assert.Equal(1, await a.CountAsync("select count(*) from input_lists"));
        Assert.Equal(Scheduler.Store.Migrator.Scripts.Count, await a.CountAsync("select count(*) from schema_migrations"));
        var servers = await a.CountAsync("""
            select count(distinct s.data::json ->> 'ServerId') from hangfire.state s join hangfire.job j on j.id = s.jobid
            where s.name = 'Processing' and j.invocationdata::text like '%DeliverBatchJob%'
            """);
        Assert.True(servers == 2, $"expected both servers to run delivery jobs, saw {servers}");
    }

    [Fact]
    public async Task TwoServeProcesses_ShareTheQueues_WithoutDuplicates()
    {
        using var folder = new TempFolder();
        var db = await postgres.CreateDatabaseAsync();
        var enterprises = Repo.EnterpriseSubset(folder.Path, 8);
        var starting = new[] { ServeProcess.StartAsync(db, folder.Path, enterprises), ServeProcess.StartAsync(db, folder.Path, enterprises) };
        using var a = await starting[0];
        using var b = await starting[1];
        using var toA = a.Client();
        using var toB = b.Client();

        var upload = await toA.PostAsync("/api/forecasts", new ByteArrayContent(await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv"))));
        var evaluation = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation_id").GetInt64();
        await Eventually.WaitForAsync(() => Database.CountAsync(db, $"select count(*) from evaluations where id = {evaluation} and status = 'Planned'"),
            n => n == 1, TimeSpan.FromSeconds(90), "the orange forecast to be planned");
        var total = await Database.CountAsync(db, "select count(*) from notices");
        var warnings = (await toB.GetFromJsonAsync<List<JsonElement>>("/api/warnings"))!;
        using var approveAtA = await a.ApproverClientAsync(db);
        using var approveAtB = await b.ApproverClientAsync(db);
        foreach (var (w, i) in warnings.Select((w, i) => (w, i)))
            (await (i % 2 == 0 ? approveAtA : approveAtB).PostAsync($"/api/warnings/{w.GetProperty("id").GetInt64()}/approve", null)).EnsureSuccessStatusCode();
        await Eventually.WaitForAsync(() => Database.CountAsync(db, "select count(*) from notices where status = 'Delivered'"), n => n == total,
            TimeSpan.FromSeconds(120), $"all {total} notices delivered by the two processes");

        OutboxLog.AssertEachDeliveredOnce(Path.Combine(folder.Path, "outbox"), total);
        Assert.Equal(total, await Database.CountAsync(db, "select count(*) from deliveries where outcome in ('Delivered', 'AlreadyDelivered')"));
        Assert.Equal(1, await Database.CountAsync(db, "select count(*) from ruleset_versions"));
        var servers = await Database.CountAsync(db, """
            select count(distinct s.data::json ->> 'ServerId') from hangfire.state s join hangfire.job j on j.id = s.jobid
            where s.name = 'Processing' and j.invocationdata::text like '%DeliverBatchJob%'
            """);
        Assert.True(servers == 2, $"expected both processes to run delivery jobs, saw {servers}");
    }
}
