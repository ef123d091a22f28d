using Hangfire;
using Npgsql;
using EmergencyDSS.Scheduler.Store;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Recurring and at start-up: re-enqueues evaluations not yet planned, districts' render parts not yet rendered, and due
/// batches that still have Scheduled notices but have gone quiet (a crash between a commit and an enqueue, or a worker killed
/// mid-job). Every job it enqueues is reentrant, so an extra run only finds nothing to do.
/// </summary>
internal sealed class RecoveryJob(NpgsqlDataSource db, BatchDispatcher dispatcher, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <param name="minimumAgeSeconds">How long an evaluation must have waited (the recurring sweep leaves fresh ones to their
    /// own job; at start-up everything queued is a previous process's and is taken at once).</param>
    [DisableConcurrentExecution(60)]
    public async Task RunAsync(int minimumAgeSeconds)
    {
        List<long> stalled, parts;
        var cutoff = clock.GetUtcNow().AddSeconds(-minimumAgeSeconds);
        await using (var conn = await db.OpenConnectionAsync())
        {
            stalled = await Sql.ListAsync(conn, null, "select id from evaluations where status = 'Queued' and created_at <= @cutoff order by id",
                r => r.GetInt64(0), ("cutoff", cutoff));
            parts = await Sql.ListAsync(conn, null, "select id from notice_renders where status = 'Pending' and created_at <= @cutoff order by id",
                r => r.GetInt64(0), ("cutoff", cutoff));
        }
        foreach (var id in stalled) jobs.Enqueue<EvaluateJob>(job => job.RunAsync(id));
        foreach (var id in parts) jobs.Enqueue<RenderJob>(job => job.RunAsync(id));
        // The recurring sweep waits five minutes of silence; at start-up (age 0) everything left is taken.
        await dispatcher.DispatchStalledAsync(minimumAgeSeconds == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(minimumAgeSeconds * 5));
    }
}
