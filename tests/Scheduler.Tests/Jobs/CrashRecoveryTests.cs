using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>kill -9 in the middle of delivery, restart: every notice is delivered exactly once (outbox log and database).</summary>
[Collection("postgres")]
public sealed class CrashRecoveryTests(PostgresServer postgres)
{
    [Fact]
    public async Task KilledMidDelivery_Restarted_DeliversEveryNoticeExactlyOnce()
    {
        using var folder = new TempFolder();
        var db = await postgres.CreateDatabaseAsync();
        var enterprises = Repo.EnterpriseSubset(folder.Path, 4);
        var log = Path.Combine(folder.Path, "outbox", "deliveries.log");
        long total;
        using (var first = await ServeProcess.StartAsync(db, folder.Path, enterprises))
        {
            using var http = first.Client();
            var upload = await http.PostAsync("/api/forecasts", new ByteArrayContent(await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv"))));
            var evaluation = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation_id").GetInt64();
            await Eventually.WaitForAsync(() => Database.CountAsync(db, $"select count(*) from evaluations where id = {evaluation} and status = 'Planned'"),
                n => n == 1, TimeSpan.FromSeconds(90), "the orange forecast to be planned");
            total = await Database.CountAsync(db, "select count(*) from notices");
            using var approver = await first.ApproverClientAsync(db);
            foreach (var w in (await http.GetFromJsonAsync<List<JsonElement>>("/api/warnings"))!)
                (await approver.PostAsync($"/api/warnings/{w.GetProperty("id").GetInt64()}/approve", null)).EnsureSuccessStatusCode();
            await Eventually.WaitForAsync(() => Task.FromResult(File.Exists(log) ? File.ReadAllLines(log).Length : 0), n => n >= total / 10,
                TimeSpan.FromSeconds(60), "delivery to get under way");
            first.KillHard();
        }
        var deliveredAtKill = await Database.CountAsync(db, "select count(*) from notices where status = 'Delivered'");
        Assert.True(deliveredAtKill < total, $"delivery of {total} notices finished before the kill; the test needs a bigger list");

        using (var second = await ServeProcess.StartAsync(db, folder.Path, enterprises))
        {
            await Eventually.WaitForAsync(() => Database.CountAsync(db, "select count(*) from notices where status = 'Delivered'"), n => n == total,
                TimeSpan.FromSeconds(120), $"all {total} notices delivered after the restart ({deliveredAtKill} were at the kill)");
        }
        OutboxLog.AssertEachDeliveredOnce(Path.Combine(folder.Path, "outbox"), total);
        Assert.Equal(total, await Database.CountAsync(db, "select count(distinct notice_id) from deliveries where outcome in ('Delivered', 'AlreadyDelivered')"));
        Assert.Equal(total, await Database.CountAsync(db, "select count(*) from deliveries where outcome in ('Delivered', 'AlreadyDelivered')"));
    }

    [Fact]
    public async Task KilledRightAfterUpload_Restarted_PlansOnce_AndDeliversOnce()
    {
        using var folder = new TempFolder();
        var db = await postgres.CreateDatabaseAsync();
        var enterprises = Repo.EnterpriseSubset(folder.Path, 8);
        using (var first = await ServeProcess.StartAsync(db, folder.Path, enterprises))
        {
            using var http = first.Client();
            var upload = await http.PostAsync("/api/forecasts", new ByteArrayContent(await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv"))));
            Assert.Equal(System.Net.HttpStatusCode.Accepted, upload.StatusCode);
            await Task.Delay(300); // somewhere in the evaluate job (or before it starts)
            first.KillHard();
        }

        using var second = await ServeProcess.StartAsync(db, folder.Path, enterprises);
        await Eventually.WaitForAsync(() => Database.CountAsync(db, "select count(*) from evaluations where status = 'Planned'"), n => n == 1,
            TimeSpan.FromSeconds(90), "the evaluation to be planned after the restart");
        using var client = second.Client();
        using var approver = await second.ApproverClientAsync(db);
        foreach (var w in (await client.GetFromJsonAsync<List<JsonElement>>("/api/warnings"))!)
            (await approver.PostAsync($"/api/warnings/{w.GetProperty("id").GetInt64()}/approve", null)).EnsureSuccessStatusCode();
        var total = await Database.CountAsync(db, "select count(*) from notices");
        await Eventually.WaitForAsync(() => Database.CountAsync(db, "select count(*) from notices where status = 'Delivered'"), n => n == total,
            TimeSpan.FromSeconds(90), $"all {total} notices delivered");

        Assert.Equal(1, await Database.CountAsync(db, "select count(*) from evaluations"));
        Assert.Equal(total, await Database.CountAsync(db, "select count(distinct (target_kind, district, target, event)) from notices"));
        Assert.Equal(total, await Database.CountAsync(db, "select count(distinct document_number) from notices"));
        OutboxLog.AssertEachDeliveredOnce(Path.Combine(folder.Path, "outbox"), total);
    }
}
