using System.Diagnostics;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Engine.Output;
using EmergencyDSS.Scheduler.Store;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Evaluates one stored evaluation (forecast × ruleset × lists) and plans its notices in one transaction
/// (<see cref="NoticePlanning"/>), then hands the due batches to delivery. Runs on the planning queue's own worker
/// (<see cref="JobQueues"/>). Reentrant: a re-run of a planned evaluation only dispatches again, which is harmless.
/// </summary>
internal sealed class EvaluateJob(NpgsqlDataSource db, CompiledRulesets rulesets, NoticePlanning planning, BatchDispatcher dispatcher)
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
            await planning.PlanAsync(evaluation, ruleset, decisions, DecisionsJson.Serialize(decisions), enterprises, sites, evaluateMs);
        }
        await dispatcher.DispatchEvaluationAsync(evaluationId);
    }
}
