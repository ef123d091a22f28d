using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// An orange warning awaits the city government's approval: while pending its notice reads 「（待审批）」 and never
/// 「已经…批准」; once approved, what is delivered reads 「本预警已经…批准」, with the same 文号 (issue 15).
/// </summary>
[Collection("postgres")]
public sealed class ApprovalWordingTests(PostgresServer postgres)
{
    [Fact]
    public async Task PendingWarningSaysPending_DeliveredWarningSaysApproved_SameNumber()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path,
            new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00")), Repo.EnterpriseSubset(folder.Path, 300));
        await service.UploadAndPlanAsync("forecast-orange.csv");
        var warning = (await service.GetListAsync("/api/warnings")).First(w => w.GetProperty("level").GetString() == "orange");
        var id = warning.GetProperty("id").GetInt64();
        var sql = $"select document_number, html, body_text, status from notices where warning_id = {id} and target_kind = 'warning'";

        var pending = Assert.Single(await Database.RowsAsync(service.Postgres, sql));
        Assert.Equal("Rendered", pending[3]);
        Assert.Contains("待审批", pending[1]);
        Assert.Contains("（待审批）", pending[2]);
        Assert.DoesNotContain("本预警已经", pending[1]);

        await service.ApproveAsync(id);
        await Eventually.WaitForAsync(() => service.CountAsync($"select count(*) from notices where warning_id = {id} and target_kind = 'warning' and status = 'Delivered'"),
            n => n == 1, TimeSpan.FromSeconds(60), "the approved warning notice delivered");
        var approved = Assert.Single(await Database.RowsAsync(service.Postgres, sql));
        Assert.Equal(pending[0], approved[0]);
        Assert.Contains("本预警已经重庆市人民政府批准", approved[1]);
        Assert.DoesNotContain("待审批", approved[1]);
        Assert.DoesNotContain("待审批", approved[2]);
        var outbox = Directory.EnumerateFiles(service.Outbox, "*.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Where(html => html.Contains(pending[0], StringComparison.Ordinal) && html.Contains("本预警已经", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(outbox);
        Assert.Equal(0, await service.CountAsync($"select count(*) from notices where warning_id = {id} and approved_html is not null"));
    }
}
