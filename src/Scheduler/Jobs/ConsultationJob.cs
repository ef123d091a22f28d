using EmergencyDSS.Scheduler.Store;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Recurring at consultation times (会商, Asia/Shanghai): re-evaluates the latest forecast against the
/// active ruleset and lists "now", so issue times and amendments follow the clock even without a new upload.
/// </summary>
internal sealed class ConsultationJob(NpgsqlDataSource db, IBackgroundJobClient jobs, TimeProvider clock)
{
    [DisableConcurrentExecution(300)]
    public async Task<long?> RunAsync()
    {
        var now = ShanghaiTime.Now(clock);
        long evaluationId;
        await using (var conn = await db.OpenConnectionAsync())
        {
            await using var tx = await conn.BeginTransactionAsync();
            var forecastId = await Sql.ScalarAsync<long?>(conn, tx, "select id from forecasts order by issued_at desc, id desc limit 1");
            var ruleset = await RulesetVersions.ActiveAsync(conn, tx);
            if (forecastId is null || ruleset is null) return null;
            evaluationId = await EvaluationRecords.CreateAsync(conn, tx, forecastId.Value, ruleset.Id,
                await InputLists.ActiveIdAsync(conn, tx, "enterprises"), await InputLists.ActiveIdAsync(conn, tx, "sites"), "consultation", now, "scheduler");
            await AuditLog.AppendAsync(conn, tx, now, "scheduler", "evaluation", evaluationId, "Queued", "consultation-time re-evaluation");
            await tx.CommitAsync();
        }
        jobs.Enqueue<EvaluateJob>(job => job.RunAsync(evaluationId));
        return evaluationId;
    }
}
