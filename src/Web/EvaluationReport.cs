using EmergencyDSS.Engine.Input;
using EmergencyDSS.Engine.Reporting;
using EmergencyDSS.Scheduler;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Web;

/// <summary>
/// report.html of a stored evaluation: the evaluation is replayed from its stored inputs (forecast, ruleset,
/// lists, evaluation time) — the engine is deterministic, so these are the decisions that were planned.
/// </summary>
internal sealed class EvaluationReport(NpgsqlDataSource db, CompiledRulesets rulesets)
{
    public async Task<string?> HtmlAsync(long evaluationId)
    {
        EvaluationRecord? evaluation;
        byte[]? raw;
        await using (var conn = await db.OpenConnectionAsync())
        {
            evaluation = await EvaluationRecords.ByIdAsync(conn, null, evaluationId);
            if (evaluation is null || evaluation.Status == EvaluationRecords.Queued) return null;
            raw = await EvaluationRecords.ForecastBytesAsync(conn, evaluation.ForecastId);
        }
        if (raw is null) return null;
        var ruleset = await rulesets.GetAsync(evaluation.RulesetId);
        var forecast = ForecastLoader.Parse(raw, "forecast.csv", ruleset.Model).Value;
        if (forecast is null) return null;
        var decisions = ruleset.Plan.Evaluate(forecast, await rulesets.EnterprisesAsync(evaluation.EnterprisesId, ruleset),
            await rulesets.SitesAsync(evaluation.SitesId, ruleset), TimeZoneInfo.ConvertTime(evaluation.EvaluatedFor, ShanghaiTime.Zone));
        return HtmlReport.Render(ruleset.Model, forecast, decisions);
    }
}
