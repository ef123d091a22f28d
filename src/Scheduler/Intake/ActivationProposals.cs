using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Intake;

/// <summary>
/// Ruleset activation as a proposal: the uploading author proposes, an approver who is not the proposer
/// accepts (the version becomes active) or rejects it, with a comment in the audit log.
/// </summary>
internal sealed class ActivationProposals(NpgsqlDataSource db, TimeProvider clock)
{
    /// <summary>Opens a proposal for a stored version; none if it is already active; the open one if there is one. Returns its id (null when active).</summary>
    public static async Task<long?> ProposeAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long rulesetId, string actor, DateTimeOffset now)
    {
        if (await Sql.ScalarAsync<bool>(conn, tx, "select active from ruleset_versions where id = @id", ("id", rulesetId))) return null;
        if (await Sql.ScalarAsync<long?>(conn, tx, "select id from activation_proposals where ruleset_id = @r and status = 'Proposed'", ("r", rulesetId)) is { } open)
            return open;
        var id = await Sql.ScalarAsync<long>(conn, tx, """
            insert into activation_proposals (ruleset_id, proposed_by, proposed_at, status) values (@r, @by, @at, 'Proposed') returning id
            """, ("r", rulesetId), ("by", actor), ("at", now));
        await AuditLog.AppendAsync(conn, tx, now, actor, "ruleset", rulesetId, "ActivationProposed", $"proposal {id}");
        return id;
    }

    public async Task<GateOutcome> DecideAsync(long proposalId, string actor, bool accept, string comment)
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var row = (await Sql.ListAsync(conn, tx, "select ruleset_id, proposed_by, status from activation_proposals where id = @id for update",
            r => (Ruleset: r.GetInt64(0), By: r.GetString(1), Status: r.GetString(2)), ("id", proposalId))).SingleOrDefault();
        if (row.By is null) return GateOutcome.NotFound;
        if (row.Status != "Proposed") return GateOutcome.Conflict;
        if (row.By == actor) return GateOutcome.OwnProposal;
        await Sql.ExecAsync(conn, tx, "update activation_proposals set status = @s, decided_by = @by, decided_at = @at, comment = @c where id = @id",
            ("s", accept ? "Accepted" : "Rejected"), ("by", actor), ("at", now), ("c", comment), ("id", proposalId));
        if (accept) await RulesetVersions.ActivateAsync(conn, tx, row.Ruleset, actor, now, $"proposal {proposalId} by {row.By}: {comment}");
        else await AuditLog.AppendAsync(conn, tx, now, actor, "ruleset", row.Ruleset, "ActivationRejected", $"proposal {proposalId} by {row.By}: {comment}");
        await tx.CommitAsync();
        return GateOutcome.Done;
    }
}
