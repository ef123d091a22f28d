using System.Security.Cryptography;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Intake;

/// <summary>Checks an enterprise or site list against the active ruleset and stores it as the active version.</summary>
internal sealed class ListIntake(NpgsqlDataSource db, CompiledRulesets rulesets, TimeProvider clock)
{
    public async Task<IntakeResult> SubmitAsync(string kind, byte[] content, string fileName, string actor)
    {
        await using var conn = await db.OpenConnectionAsync();
        var active = await RulesetVersions.ActiveAsync(conn) ?? throw new InvalidOperationException("no active ruleset");
        var ruleset = await rulesets.GetAsync(active.Id);
        var (errors, rows) = kind == "enterprises"
            ? Check(ReductionListLoader.Parse(content, fileName, ruleset.Model))
            : Check(SiteListLoader.Parse(content, fileName, ruleset.Model));
        if (errors.Count > 0) return IntakeResult.Rejected(errors);
        await using var tx = await conn.BeginTransactionAsync();
        var id = await InputLists.SaveAndActivateAsync(conn, tx, kind, fileName, content, Convert.ToHexStringLower(SHA256.HashData(content)),
            rows, actor, ShanghaiTime.Now(clock));
        await tx.CommitAsync();
        return new IntakeResult(id, null, []);
    }

    private static (IReadOnlyList<string> Errors, int Rows) Check<T>(LoadResult<IReadOnlyList<T>> result) =>
        (result.Errors, result.Value?.Count ?? 0);
}
