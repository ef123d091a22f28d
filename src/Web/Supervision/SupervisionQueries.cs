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
    /// <param name="Notices">By credit code: the latest 督办通知 that stands (文号, state).</param>
    public sealed record Lists(SupervisionRule? Supervise, SupervisionRule? Expose, IReadOnlyList<ListedEnterprise> Supervised,
        IReadOnlyList<ListedEnterprise> Exposed, DateTimeOffset AsOf, IReadOnlyDictionary<string, (string Number, string Status)> Notices);

    public async Task<Lists> ListsAsync()
    {
        var now = ShanghaiTime.Now(clock);
        RuleModel? model = null;
        List<CheckedEpisode> findings;
        Dictionary<string, (string, string)> notices;
        await using (var conn = await db.OpenConnectionAsync())
        {
            if (await RulesetVersions.ActiveAsync(conn) is { } active) model = (await rulesets.GetAsync(active.Id)).Model;
            findings = await SupervisionFindings.LoadAsync(conn, null);
            notices = (await Sql.ListAsync(conn, null, """
                select distinct on (target) target, document_number, status from notices where target_kind = 'supervision' and status <> 'Withdrawn' order by target, id desc
                """, r => (Code: r.GetString(0), Number: r.GetString(1), Status: r.GetString(2)))).ToDictionary(n => n.Code, n => (n.Number, n.Status), StringComparer.Ordinal);
        }
        var supervised = SupervisionList.Compute(model?.Supervise, findings, now);
        // Exposure is drawn from the supervised (DSS0154 requires a supervise line for an expose line).
        var exposed = SupervisionList.Compute(model?.Expose, findings, now).Where(e => supervised.Any(s => s.CreditCode == e.CreditCode)).ToList();
        return new Lists(model?.Supervise, model?.Expose, supervised, exposed, now, notices);
    }
}
