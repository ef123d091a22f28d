using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Tests.Support;
using Npgsql;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// The whole cycle with the shipped Chongqing ruleset and ~50 sample enterprises across the city:
/// orange forecast → Proposed, nothing out (the approval gate) → approved → notices delivered once →
/// acknowledged → a clean forecast lifts every warning → lift notices delivered.
/// </summary>
[Collection("postgres")]
public sealed class FullCycleTests(PostgresServer postgres)
{
    /// <summary>After the orange episode's issue time (start − 24 h lead), so approved notices go out at once.</summary>
    private static readonly DateTimeOffset ForecastTime = DateTimeOffset.Parse("2024-12-03T09:00:00+08:00");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task OrangeForecast_WaitsForApproval_IsDeliveredOnce_ThenCleanForecastLiftsIt()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime),
            Repo.EnterpriseSubset(folder.Path, 300));

        var upload = await service.UploadForecastAsync("forecast-orange.csv");
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var first = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation_id").GetInt64();
        await service.WaitPlannedAsync(first);

        var warnings = await service.GetListAsync("/api/warnings");
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal(("orange", "Proposed"), (w.GetProperty("level").GetString(), w.GetProperty("status").GetString())));
        var notices = await service.CountAsync("select count(*) from notices");
        Assert.True(notices > warnings.Count, $"expected enterprise notices besides {warnings.Count} warning notices, got {notices}");
        await Task.Delay(1500); // give a wrongly scheduled delivery the chance to happen
        Assert.Equal(notices, await service.CountAsync("select count(*) from notices where status = 'Rendered'"));
        Assert.Empty(service.DeliveryLogLines());

        // Approving one district releases only that district's notices.
        var jiangjin = warnings.Single(w => w.GetProperty("district").GetString() == "江津区").GetProperty("id").GetInt64();
        await service.ApproveAsync(jiangjin);
        var jiangjinNotices = await service.CountAsync($"select count(*) from notices where warning_id = {jiangjin}");
        await Eventually.WaitForAsync(() => service.CountAsync($"select count(*) from notices where warning_id = {jiangjin} and status = 'Delivered'"),
            n => n == jiangjinNotices, Patience, "江津区 notices to be delivered");
        Assert.Equal(notices - jiangjinNotices, await service.CountAsync("select count(*) from notices where status = 'Rendered'"));
        Assert.Equal("Issued", (await service.GetListAsync("/api/warnings")).Single(w => w.GetProperty("id").GetInt64() == jiangjin).GetProperty("status").GetString());

        foreach (var w in warnings.Where(w => w.GetProperty("id").GetInt64() != jiangjin)) await service.ApproveAsync(w.GetProperty("id").GetInt64());
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from notices where status = 'Delivered'"), n => n == notices, Patience,
            "every approved notice to be delivered");
        OutboxLog.AssertEachDeliveredOnce(service.Outbox, notices);
        Assert.All(await service.GetListAsync("/api/warnings"), w => Assert.Equal("Issued", w.GetProperty("status").GetString()));

        // Acknowledgment: by the bureau, twice is once.
        var noticeId = (await service.GetListAsync("/api/notices?status=Delivered")).First().GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await service.Http.PostAsync($"/api/notices/{noticeId}/ack", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Http.PostAsync($"/api/notices/{noticeId}/ack", null)).StatusCode);
        Assert.Equal(1, await service.CountAsync($"select count(*) from acknowledgments where notice_id = {noticeId}"));
        Assert.Equal(1, await service.CountAsync($"select count(*) from notices where id = {noticeId} and status = 'Acknowledged'"));

        // A clean forecast lifts every warning; lift notices go out without approval.
        var second = await service.UploadAndPlanAsync("forecast-clean.csv");
        Assert.All(await service.GetListAsync("/api/warnings"), w => Assert.Equal("Lifted", w.GetProperty("status").GetString()));
        var lifts = await service.CountAsync("select count(*) from notices where event = 'lift'");
        Assert.True(lifts >= warnings.Count, $"expected at least one lift notice per warning, got {lifts}");
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from notices where event = 'lift' and status = 'Delivered'"), n => n == lifts,
            Patience, "every lift notice to be delivered");
        OutboxLog.AssertEachDeliveredOnce(service.Outbox, notices + lifts);
        Assert.Equal(warnings.Count, await service.CountAsync("select count(*) from notices where event = 'lift' and target_kind = 'warning'"));
    }

    [Fact]
    public async Task RejectedWarning_WithdrawsItsNotices_AndNothingGoesOut()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime),
            Repo.EnterpriseSubset(folder.Path, 300));
        var evaluation = await service.UploadAndPlanAsync("forecast-orange.csv");
        var id = (await service.GetListAsync("/api/warnings")).First().GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.OK, (await service.Approver.PostAsync($"/api/warnings/{id}/reject", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await service.Approver.PostAsync($"/api/warnings/{id}/approve", null)).StatusCode);

        Assert.Equal(0, await service.CountAsync($"select count(*) from notices where warning_id = {id} and status <> 'Withdrawn'"));
        await Task.Delay(1000);
        Assert.Empty(service.DeliveryLogLines());
    }

    [Fact]
    public async Task RejectedWarnings_AreNotLiftedInPublic_WhenTheForecastClears()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime),
            Repo.EnterpriseSubset(folder.Path, 300));
        var first = await service.UploadAndPlanAsync("forecast-orange.csv");
        foreach (var w in await service.GetListAsync("/api/warnings"))
            Assert.Equal(HttpStatusCode.OK, (await service.Approver.PostAsync($"/api/warnings/{w.GetProperty("id").GetInt64()}/reject", null)).StatusCode);

        var second = await service.UploadAndPlanAsync("forecast-clean.csv");

        Assert.All(await service.GetListAsync("/api/warnings"), w => Assert.Equal("Rejected", w.GetProperty("status").GetString()));
        Assert.Equal(0, await service.CountAsync("select count(*) from notices where status not in ('Withdrawn')"));
        await Task.Delay(1000);
        Assert.Empty(service.DeliveryLogLines());
    }

    [Fact]
    public async Task ApprovedBeforeIssueTime_IsADelayedJob_NotDeliveredYet()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path,
            new ManualClock(DateTimeOffset.Parse("2024-12-01T16:30:00+08:00")), Repo.EnterpriseSubset(folder.Path, 300));
        var evaluation = await service.UploadAndPlanAsync("forecast-orange.csv");
        var id = (await service.GetListAsync("/api/warnings")).First().GetProperty("id").GetInt64();

        await service.ApproveAsync(id);

        Assert.True(await service.CountAsync($"select count(*) from notices where warning_id = {id} and status = 'Scheduled'") > 0);
        Assert.Equal(1, await service.CountAsync("select count(*) from hangfire.job where statename = 'Scheduled' and invocationdata::text like '%DeliverBatchJob%'"));
        await Task.Delay(1500);
        Assert.Empty(service.DeliveryLogLines());
    }

    [Fact]
    public async Task AuditLog_RefusesUpdateAndDelete()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime));
        Assert.True(await service.CountAsync("select count(*) from audit_log") > 0);

        await Assert.ThrowsAsync<PostgresException>(() => service.CountAsync("with x as (update audit_log set actor = 'me' returning 1) select count(*) from x"));
        await Assert.ThrowsAsync<PostgresException>(() => service.CountAsync("with x as (delete from audit_log returning 1) select count(*) from x"));
    }
}
