using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// A district batch is the unit of dispatch, and districts differ tenfold in size: at national size (500,000 enterprises)
/// the last six minutes of a 31-minute delivery were the rest of 江津区's 68,254 notices on one worker while nine stood idle
/// (docs/benchmarks.md). A large batch now goes to several jobs, which claim disjoint groups of it.
/// </summary>
[Collection("postgres")]
public sealed class LargeBatchTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset ForecastTime = DateTimeOffset.Parse("2024-12-03T09:00:00+08:00");

    [Theory]
    [InlineData(1, 1)]
    [InlineData(BatchDispatcher.NoticesPerJob, 1)]
    [InlineData(BatchDispatcher.NoticesPerJob + 1, 2)]
    [InlineData(68_254, BatchDispatcher.MostJobsPerBatch)]
    public void JobsPerBatch_GrowWithItsScheduledNotices_UpToABound(long scheduled, int jobs) =>
        Assert.Equal(jobs, BatchDispatcher.JobsFor(scheduled));

    [Fact]
    public async Task TheLargestDistrictOfTheSampleCity_IsDeliveredBySeveralJobs_EachNoticeOnce()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime),
            Repo.Sample("enterprises.csv"));
        await service.UploadAndPlanAsync("forecast-orange.csv");
        var notices = await service.CountAsync("select count(*) from notices");
        var batch = await service.CountAsync("select batch_id from notices group by batch_id order by count(*) desc, batch_id limit 1");
        var size = await service.CountAsync($"select count(*) from notices where batch_id = {batch}");
        Assert.True(size > BatchDispatcher.NoticesPerJob, $"the largest batch has {size} notices");

        foreach (var w in (await service.GetListAsync("/api/warnings")).Where(w => w.GetProperty("status").GetString() == "Proposed"))
            await service.ApproveAsync(w.GetProperty("id").GetInt64());
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from notices where status = 'Delivered'"), n => n == notices,
            TimeSpan.FromMinutes(3), "every notice to be delivered");

        var jobs = await service.CountAsync($"select count(*) from hangfire.job where invocationdata::text like '%DeliverBatchJob%' and arguments::text = '[\"{batch}\"]'");
        Assert.Equal(BatchDispatcher.JobsFor(size), jobs);
        Assert.True(jobs >= 2);
        OutboxLog.AssertEachDeliveredOnce(service.Outbox, notices);
    }
}
