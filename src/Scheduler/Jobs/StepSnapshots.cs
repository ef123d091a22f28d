using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Output;
using EmergencyDSS.Notices;
using EmergencyDSS.Notices.Lifecycle;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// What the render jobs of one planned evaluation share, built once per process from the stored decisions (the evaluation's,
/// after damping, and the ones it was planned against): the step's notices before reconciliation, by district
/// (<see cref="WarningLifecycle.Unreconciled"/> is a pure function of the two), the ruleset and the recipients' contacts. Every
/// server builds the same from the same rows. The two newest evaluations are kept (at national size each holds two decision sets).
/// </summary>
internal sealed class StepSnapshots(NpgsqlDataSource db, CompiledRulesets rulesets)
{
    internal sealed record Snapshot(CompiledRuleset Ruleset, DecisionSet Decisions, ILookup<string, PlannedNotice> Unreconciled, RecipientContacts Contacts);

    private const int Kept = 2;
    private readonly Dictionary<long, Lazy<Task<Snapshot>>> _snapshots = [];
    private readonly Lock _gate = new();

    public Task<Snapshot> GetAsync(long evaluationId)
    {
        Lazy<Task<Snapshot>> lazy;
        lock (_gate)
        {
            if (!_snapshots.TryGetValue(evaluationId, out lazy!)) Keep(evaluationId, lazy = new Lazy<Task<Snapshot>>(() => BuildAsync(evaluationId)));
        }
        return AwaitedAsync(evaluationId, lazy);
    }

    /// <summary>
    /// The planning server's own snapshot, from the objects its planning transaction just used (saves it reading back and
    /// parsing the decisions: 2.2 s at 100,000 enterprises). Same bytes either way: <c>SplitRenderingTests</c> renders from
    /// the in-memory decisions and from their JSON and compares.
    /// </summary>
    public void Seed(long evaluationId, Snapshot snapshot)
    {
        lock (_gate)
            if (!_snapshots.ContainsKey(evaluationId)) Keep(evaluationId, new Lazy<Task<Snapshot>>(Task.FromResult(snapshot)));
    }

    /// <summary>Adds a snapshot and forgets all but the <see cref="Kept"/> newest evaluations' (under the gate).</summary>
    private void Keep(long evaluationId, Lazy<Task<Snapshot>> snapshot)
    {
        _snapshots[evaluationId] = snapshot;
        foreach (var old in _snapshots.Keys.Order().Take(Math.Max(0, _snapshots.Count - Kept)).ToList()) _snapshots.Remove(old);
    }

    /// <summary>A snapshot that failed to build (the database was away) is built again on the next call.</summary>
    private async Task<Snapshot> AwaitedAsync(long evaluationId, Lazy<Task<Snapshot>> lazy)
    {
        try { return await lazy.Value; }
        catch
        {
            lock (_gate) if (_snapshots.GetValueOrDefault(evaluationId) == lazy) _snapshots.Remove(evaluationId);
            throw;
        }
    }

    private async Task<Snapshot> BuildAsync(long evaluationId)
    {
        long rulesetId;
        long? enterprisesId, sitesId;
        string current;
        string? previous;
        await using (var conn = await db.OpenConnectionAsync())
        {
            var row = (await Sql.ListAsync(conn, null, """
                select e.ruleset_id, e.enterprises_id, e.sites_id, e.decisions, p.decisions
                from evaluations e left join evaluations p on p.id = e.previous_id where e.id = @id and e.status in ('Rendering', 'Planned')
                """, r => (r.GetInt64(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1), r.IsDBNull(2) ? (long?)null : r.GetInt64(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4)), ("id", evaluationId))).SingleOrDefault();
            if (row == default) throw new InvalidOperationException($"evaluation {evaluationId} is not planned");
            (rulesetId, enterprisesId, sitesId, current, previous) = row;
        }
        var ruleset = await rulesets.GetAsync(rulesetId);
        var decisions = DecisionsJson.Deserialize(current) ?? throw new InvalidOperationException($"evaluation {evaluationId} has no decisions");
        var plans = WarningLifecycle.Unreconciled(previous is null ? null : DecisionsJson.Deserialize(previous), decisions);
        var contacts = new RecipientContacts(await rulesets.EnterprisesAsync(enterprisesId, ruleset), await rulesets.SitesAsync(sitesId, ruleset));
        return new Snapshot(ruleset, decisions, plans.ToLookup(p => p.District, StringComparer.Ordinal), contacts);
    }
}
