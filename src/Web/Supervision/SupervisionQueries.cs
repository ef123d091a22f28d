using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Scheduler;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using EmergencyDSS.Scheduler.Supervision;
using Npgsql;

namespace EmergencyDSS.Web.Supervision;

/// <summary>Both lists as of now, by the active ruleset's `supervise` and `expose` lines, from every recorded inspection.</summary>
internal sealed class SupervisionQueries(NpgsqlDataSource db, CompiledRulesets rulesets, TimeProvider clock)
{
    public sealed record Lists(SupervisionRule? Supervise, SupervisionRule? Expose, IReadOnlyList<ListedEnterprise> Supervised,
        IReadOnlyList<ListedEnterprise> Exposed, DateTimeOffset AsOf);

    public async Task<Lists> ListsAsync()
    {
        var now = ShanghaiTime.Now(clock);
        RuleModel? model = null;
        List<CheckedEpisode> findings;
        await using (var conn = await db.OpenConnectionAsync())
        {
            if (await RulesetVersions.ActiveAsync(conn) is { } active) model = (await rulesets.GetAsync(active.Id)).Model;
            findings = await SupervisionFindings.LoadAsync(conn, null);
        }
        var supervised = SupervisionList.Compute(model?.Supervise, findings, now);
        // Exposure is drawn from the supervised (DSS0154 requires a supervise line for an expose line).
        var exposed = SupervisionList.Compute(model?.Expose, findings, now).Where(e => supervised.Any(s => s.CreditCode == e.CreditCode)).ToList();
        return new Lists(model?.Supervise, model?.Expose, supervised, exposed, now);
    }
}
