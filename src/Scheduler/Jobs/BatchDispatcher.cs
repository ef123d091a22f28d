using EmergencyDSS.Scheduler.Store;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Hands batches with Scheduled notices to <see cref="DeliverBatchJob"/> (a large batch to several jobs): at once when due, else as a
/// delayed job at the batch's issue time. Enqueuing a batch twice is harmless (delivery skips what is done). A batch whose
/// district's recipients' notices are still being rendered waits: its <see cref="RenderJob"/> dispatches it once they are stored.
/// </summary>
internal sealed class BatchDispatcher(NpgsqlDataSource db, IBackgroundJobClient jobs, TimeProvider clock)
{
    public Task<int> DispatchEvaluationAsync(long evaluationId) => DispatchAsync("b.evaluation_id = @id", evaluationId);

    public Task<int> DispatchWarningAsync(long warningId) => DispatchAsync("n.warning_id = @id", warningId);

    /// <summary>The batch of one notice (a failed delivery a duty officer sends again).</summary>
    public Task<int> DispatchNoticeAsync(long noticeId) => DispatchAsync("n.id = @id", noticeId);

    /// <summary>
    /// Every due batch that still has Scheduled notices and has been quiet for <paramref name="quietFor"/>: no notice
    /// of it changed and no delivery was attempted (start-up passes zero: whatever is left is a previous process's).
    /// A batch whose job Hangfire is still retrying records attempts, so the sweep leaves it to its own backoff.
    /// </summary>
    public Task<int> DispatchStalledAsync(TimeSpan quietFor) => DispatchAsync("""
        (b.due_at is null or b.due_at <= @now) and n.updated_at <= @quiet
        and not exists (select 1 from notices m join deliveries d on d.notice_id = m.id where m.batch_id = b.id and d.at > @quiet)
        """, 0, quietFor);

    /// <summary>One batch (a supervision job's 督办通知 of one district).</summary>
    public Task<int> DispatchBatchAsync(long batchId) => DispatchAsync("b.id = @id", batchId);

    /// <summary>A batch gets one delivery job per this many Scheduled notices (at most <see cref="MostJobsPerBatch"/>): jobs of one
    /// batch claim disjoint groups (<c>SKIP LOCKED</c>), so a district with tens of thousands of notices is not left to one worker.</summary>
    internal const int NoticesPerJob = 2_000;

    internal const int MostJobsPerBatch = 4;

    private async Task<int> DispatchAsync(string where, long id, TimeSpan quietFor = default)
    {
        await using var conn = await db.OpenConnectionAsync();
        var batches = await Sql.ListAsync(conn, null, $"""
            select b.id, b.due_at, count(*) from notice_batches b join notices n on n.batch_id = b.id
            where n.status = 'Scheduled' and {where}
              and not exists (select 1 from notice_renders r where r.batch_id = b.id and r.status = 'Pending')
            group by b.id, b.due_at order by b.id
            """, r => (Id: r.GetInt64(0), Due: r.IsDBNull(1) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(1), Scheduled: r.GetInt64(2)),
            ("id", id), ("now", clock.GetUtcNow()), ("quiet", clock.GetUtcNow() - quietFor));
        var now = clock.GetUtcNow();
        foreach (var (batchId, due, scheduled) in batches)
            for (var k = 0; k < JobsFor(scheduled); k++)
            {
                if (due is { } at && at > now) jobs.Schedule<DeliverBatchJob>(job => job.RunAsync(batchId), at - now);
                else jobs.Enqueue<DeliverBatchJob>(job => job.RunAsync(batchId));
            }
        return batches.Count;
    }

    internal static int JobsFor(long scheduled) => (int)Math.Clamp((scheduled + NoticesPerJob - 1) / NoticesPerJob, 1, MostJobsPerBatch);
}
