using System.Diagnostics;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Engine.Output;
using EmergencyDSS.Scheduler.Store;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Evaluates one stored evaluation (forecast × ruleset × lists) and plans it (<see cref="NoticePlanning"/>: the short planning
/// transaction), then enqueues a <see cref="RenderJob"/> per district for the recipients' notices and hands the due batches (the
/// warning documents) to delivery. Runs on the planning queue's own worker (<see cref="JobQueues"/>). Reentrant: a re-run of a
/// planned evaluation only enqueues its pending parts and dispatches again, which is harmless.
/// </summary>
internal sealed class EvaluateJob(NpgsqlDataSource db, CompiledRulesets rulesets, NoticePlanning planning, BatchDispatcher dispatcher,
    IBackgroundJobClient jobs)
{
    [AutomaticRetry(Attempts = 5)]
    [Queue(JobQueues.Planning)]
    public async Task RunAsync(long evaluationId)
    {
        EvaluationRecord evaluation;
        await using (var conn = await db.OpenConnectionAsync())
            evaluation = await EvaluationRecords.ByIdAsync(conn, null, evaluationId) ?? throw new InvalidOperationException($"no evaluation {evaluationId}");
        if (evaluation.Status == EvaluationRecords.Queued)
        {
            var ruleset = await rulesets.GetAsync(evaluation.RulesetId);
            byte[] raw;
            await using (var conn = await db.OpenConnectionAsync())
                raw = await EvaluationRecords.ForecastBytesAsync(conn, evaluation.ForecastId) ?? throw new InvalidOperationException($"no forecast {evaluation.ForecastId}");
            var forecast = ForecastLoader.Parse(raw, "forecast.csv", ruleset.Model).Value
                ?? throw new InvalidOperationException($"stored forecast {evaluation.ForecastId} no longer loads");
            var enterprises = await rulesets.EnterprisesAsync(evaluation.EnterprisesId, ruleset);
            var sites = await rulesets.SitesAsync(evaluation.SitesId, ruleset);
            var clock = Stopwatch.StartNew();
            var decisions = ruleset.Plan.Evaluate(forecast, enterprises, sites, TimeZoneInfo.ConvertTime(evaluation.EvaluatedFor, ShanghaiTime.Zone));
            var evaluateMs = (int)clock.ElapsedMilliseconds;
            // Parts of earlier evaluations the planning transaction rendered itself go to delivery too.
            foreach (var batch in await planning.PlanAsync(evaluation, ruleset, decisions, DecisionsJson.Serialize(decisions), enterprises, sites, evaluateMs))
                await dispatcher.DispatchBatchAsync(batch);
        }
        List<long> parts;
        await using (var conn = await db.OpenConnectionAsync())
            parts = await Sql.ListAsync(conn, null, "select id from notice_renders where evaluation_id = @e and status = 'Pending' order by id",
                r => r.GetInt64(0), ("e", evaluationId));
        foreach (var part in parts) jobs.Enqueue<RenderJob>(job => job.RunAsync(part));
        await dispatcher.DispatchEvaluationAsync(evaluationId);
    }
}
