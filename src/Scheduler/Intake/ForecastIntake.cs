using System.Security.Cryptography;
using System.Text.Json;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Scheduler.Intake;

/// <summary>
/// A forecast upload: validated against the active ruleset before anything is written; then the
/// forecast and its evaluation are stored in one transaction and the evaluation job is enqueued.
/// The same forecast against the same inputs again is the same evaluation.
/// </summary>
internal sealed class ForecastIntake(NpgsqlDataSource db, CompiledRulesets rulesets, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <param name="force">evaluate even a forecast outside the active ruleset's effective period (refused otherwise).</param>
    public async Task<IntakeResult> SubmitAsync(byte[] content, string fileName, string actor, string reason, bool force = false)
    {
        await using var conn = await db.OpenConnectionAsync();
        var active = await RulesetVersions.ActiveAsync(conn);
        if (active is null) return IntakeResult.Rejected([$"{fileName}:1:1: no ruleset is active yet; upload one to /api/rulesets first"]);
        var ruleset = await rulesets.GetAsync(active.Id);
        var parsed = ForecastLoader.Parse(content, fileName, ruleset.Model);
        if (parsed.Value is not { } forecast || parsed.Errors.Count > 0) return IntakeResult.Rejected(parsed.Errors);
        if (!force && EffectivePeriod.Outside(ruleset.Model.Header, forecast) is { } outside)
            return IntakeResult.Rejected([$"{fileName}:1:1: {outside}; the active ruleset does not apply to it (upload with ?force=true to evaluate it anyway)"]);

        var now = ShanghaiTime.Now(clock);
        await using var tx = await conn.BeginTransactionAsync();
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var forecastId = await Sql.ScalarAsync<long>(conn, tx, """
            insert into forecasts (file_name, raw, sha256, issued_at, parsed, created_by, created_at)
            values (@file, @raw, @sha, @issued, @parsed::jsonb, @by, @at)
            on conflict (sha256) do update set sha256 = excluded.sha256
            returning id
            """, ("file", fileName), ("raw", content), ("sha", sha), ("issued", forecast.IssuedAt), ("parsed", JsonSerializer.Serialize(forecast)),
            ("by", actor), ("at", now));
        var enterprises = await InputLists.ActiveIdAsync(conn, tx, "enterprises");
        var sites = await InputLists.ActiveIdAsync(conn, tx, "sites");
        var existing = await Sql.ScalarAsync<long?>(conn, tx, """
            select id from evaluations where forecast_id = @f and ruleset_id = @r
              and enterprises_id is not distinct from @e and sites_id is not distinct from @s order by id limit 1
            """, ("f", forecastId), ("r", active.Id), ("e", enterprises), ("s", sites));
        if (existing is { } known)
        {
            await tx.CommitAsync();
            return new IntakeResult(forecastId, known, []) { Warnings = parsed.Warnings };
        }
        var evaluationId = await EvaluationRecords.CreateAsync(conn, tx, forecastId, active.Id, enterprises, sites, reason, now, actor);
        await AuditLog.AppendAsync(conn, tx, now, actor, "forecast", forecastId, "Received", $"{fileName} sha256 {sha}; evaluation {evaluationId}");
        await tx.CommitAsync();
        jobs.Enqueue<EvaluateJob>(job => job.RunAsync(evaluationId));
        return new IntakeResult(forecastId, evaluationId, []) { Warnings = parsed.Warnings };
    }
}
