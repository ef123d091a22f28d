using Microsoft.Extensions.DependencyInjection;
using EmergencyDSS.Notices.Lifecycle;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// Planning is split (issue 11): one short transaction moves the warnings, numbers every notice and stores the warning
/// documents; each district's recipients' notices are rendered and stored by a <c>RenderJob</c> of their own, which any
/// server's workers take. Before, one transaction rendered and stored everything (132.6 s of it at 500,000 enterprises).
/// </summary>
[Collection("postgres")]
public sealed class PlanningSplitTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset ForecastTime = DateTimeOffset.Parse("2024-12-03T09:00:00+08:00");

    [Fact]
    public async Task RecipientsNotices_AreStoredByOneRenderJobPerDistrict_CitingTheWarningTheyFollow_AndDeliveredOnce()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime),
            Repo.Sample("enterprises.csv"));
        var evaluation = await service.UploadAndPlanAsync("forecast-orange.csv");

        var parts = await service.CountAsync($"select count(*) from notice_renders where evaluation_id = {evaluation}");
        Assert.True(parts >= 2, $"{parts} render parts");
        Assert.Equal(0, await service.CountAsync("select count(*) from notice_renders where status <> 'Rendered'"));
        // (Hangfire marks a job Succeeded after its transaction committed and its batch was dispatched.)
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from hangfire.job where invocationdata::text like '%RenderJob%' and statename = 'Succeeded'"),
            n => n == parts, TimeSpan.FromSeconds(30), $"{parts} render jobs to succeed");
        // Each part stored what the planning transaction numbered for it, in its district's batch, and only recipients' notices.
        Assert.Equal(0, await service.CountAsync("""
            select count(*) from notice_renders r
            where jsonb_array_length(r.part -> 'notices') <> (select count(*) from notices n where n.batch_id = r.batch_id and n.target_kind not in ('warning', 'regional'))
            """));
        Assert.Equal(await service.CountAsync("select count(*) from notices"), await service.CountAsync($"select notices from evaluations where id = {evaluation}"));
        Assert.Equal(0, await service.CountAsync($"select count(*) from evaluations e join notice_renders r on r.evaluation_id = e.id where e.id = {evaluation} and not r.rendered_at >= e.planned_at"));
        // Every enterprise's notice cites the 文号 of its district's warning notice, which the planning transaction stored.
        Assert.Equal(0, await service.CountAsync("""
            select count(*) from notices n join notices w on w.batch_id = n.batch_id and w.target_kind = 'warning'
            where n.target_kind = 'enterprise' and position('（' || w.document_number || '）' in n.body_text) = 0
            """));
        Assert.True(await service.CountAsync("select count(*) from notices where target_kind = 'enterprise'") > 0);

        foreach (var w in (await service.GetListAsync("/api/warnings")).Where(w => w.GetProperty("status").GetString() == "Proposed"))
            await service.ApproveAsync(w.GetProperty("id").GetInt64());
        var notices = await service.CountAsync("select count(*) from notices where status <> 'Withdrawn'");
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from notices where status = 'Delivered'"), n => n == notices,
            TimeSpan.FromMinutes(3), "every notice to be delivered");
        OutboxLog.AssertEachDeliveredOnce(service.Outbox, notices);
    }

    [Fact]
    public async Task ANewForecast_WhileADistrictIsStillPending_RendersItFirst_SoItsNoticesCanBeOvertaken()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime));
        var orange = await service.UploadAndPlanAsync("forecast-orange.csv");
        // As if the render job of one district awaiting approval had not run yet (its server killed before taking it).
        var (part, batch, districtNotices) = await UnrenderOneDistrictAsync(service, orange);

        // The clean forecast lifts everything: the pending district is rendered inside its planning transaction first, and its
        // notices (never sent) are then overtaken like every other unsent notice — nothing of the lifted warning goes out.
        var clean = await service.UploadAndPlanAsync("forecast-clean.csv");
        Assert.Equal("Rendered", (await Database.StringsAsync(service.Postgres, $"select status from notice_renders where id = {part}")).Single());
        Assert.Equal(districtNotices, await service.CountAsync($"select count(*) from notices where batch_id = {batch} and target_kind not in ('warning', 'regional')"));
        Assert.Equal(0, await service.CountAsync($"select count(*) from notices where batch_id = {batch} and status not in ('Withdrawn')"));
        Assert.True(clean > orange);
    }

    [Fact]
    public async Task AWarningApprovedBeforeItsDistrictIsRendered_HasItsRecipientsNoticesStoredScheduled_AndDeliveredOnce()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime));
        var orange = await service.UploadAndPlanAsync("forecast-orange.csv");
        // A district awaiting approval whose render job has not run yet (the recovery sweep leaves it: the test clock does not
        // move, so the part never looks stalled).
        var (part, batch, districtNotices) = await UnrenderOneDistrictAsync(service, orange);
        var warning = await service.CountAsync($"select warning_id from notice_batches where id = {batch}");
        var recipients = $"batch_id = {batch} and target_kind not in ('warning', 'regional')";

        // The approver decides first: the warning document goes Scheduled, and the batch waits for its district.
        await service.ApproveAsync(warning);
        Assert.Equal(0, await service.CountAsync($"select count(*) from notices where {recipients}"));
        Assert.Equal(batch, await service.Services.GetRequiredService<DistrictRendering>().RenderAsync(part));

        // Stored as the approval left the warning: Scheduled, never Rendered (no notice of it waits for an approval already given).
        Assert.Equal(districtNotices, await service.CountAsync($"select count(*) from notices where {recipients} and status = 'Scheduled'"));
        Assert.Equal(0, await service.CountAsync($"""
            select count(*) from audit_log a join notices n on a.entity = 'notice' and a.entity_id = n.id where n.{recipients} and a.action = 'Rendered'
            """));
        await service.Services.GetRequiredService<BatchDispatcher>().DispatchBatchAsync(batch);
        var inBatch = await service.CountAsync($"select count(*) from notices where batch_id = {batch}");
        await Eventually.WaitForAsync(() => service.CountAsync($"select count(*) from notices where batch_id = {batch} and status = 'Delivered'"),
            n => n == inBatch, TimeSpan.FromMinutes(2), "the district's notices to be delivered");
        OutboxLog.AssertEachDeliveredOnce(service.Outbox, await service.CountAsync("select count(*) from notices where status = 'Delivered'"));
    }

    /// <summary>
    /// Puts one district awaiting approval back to before its render job ran: its part pending, its recipients' notices not
    /// stored (the warning documents stay, as the planning transaction stored them).
    /// </summary>
    private static async Task<(long Part, long Batch, long Notices)> UnrenderOneDistrictAsync(ServiceUnderTest service, long evaluation)
    {
        var part = await service.CountAsync($"""
            select min(r.id) from notice_renders r where r.evaluation_id = {evaluation}
            and not exists (select 1 from notices n where n.batch_id = r.batch_id and n.status <> 'Rendered')
            """);
        var batch = await service.CountAsync($"select batch_id from notice_renders where id = {part}");
        var recipients = $"batch_id = {batch} and target_kind not in ('warning', 'regional')";
        var notices = await service.CountAsync($"select count(*) from notices where {recipients}");
        Assert.True(notices > 0);
        await Database.ExecAsync(service.Postgres, $"""
            delete from notices where {recipients};
            update notice_renders set status = 'Pending', rendered_at = null where id = {part};
            update evaluations set notices = notices - {notices} where id = {evaluation};
            """);
        return (part, batch, notices);
    }

    [Theory]
    [InlineData("Rendered", WarningState.Proposed, "Rendered")]
    [InlineData("Rendered", WarningState.Issued, "Scheduled")]
    [InlineData("Rendered", WarningState.Upgraded, "Scheduled")]
    [InlineData("Rendered", WarningState.Rejected, "Withdrawn")]
    [InlineData("Rendered", WarningState.Lifted, "Withdrawn")]
    [InlineData("Scheduled", WarningState.Issued, "Scheduled")]
    [InlineData("Withdrawn", WarningState.Lifted, "Withdrawn")]
    public void ANoticeAwaitingApproval_IsStoredInTheStateTheApproverLeftItsWarning(string planned, string warningNow, string stored) =>
        Assert.Equal(stored, DistrictRendering.StoredStatus(new RenderPart.Entry("k", "n", null, 7, planned), new Dictionary<long, string> { [7] = warningNow }));
}
