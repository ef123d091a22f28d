using EmergencyDSS.Scheduler.Store;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Recurring: a Delivered notice not acknowledged within the active ruleset's <c>acknowledge within</c>
/// hours gets a reminder (a reminder delivery row, audited); after twice that it is escalated (audited,
/// <c>escalated_at</c> set). Each step happens once per notice, so running it often is harmless.
/// </summary>
internal sealed class AcknowledgmentWatchJob(NpgsqlDataSource db, CompiledRulesets rulesets, TimeProvider clock)
{
    [DisableConcurrentExecution(60)]
    public async Task<(int Reminded, int Escalated)> RunAsync()
    {
        await using var conn = await db.OpenConnectionAsync();
        var active = await RulesetVersions.ActiveAsync(conn);
        if (active is null) return (0, 0);
        var hours = (await rulesets.GetAsync(active.Id)).Model.Header.AcknowledgeWithinHours;
        if (hours is not { } h) return (0, 0);
        var now = ShanghaiTime.Now(clock);
        await using var tx = await conn.BeginTransactionAsync();
        var reminded = await Sql.ExecAsync(conn, tx, """
            with due as (
                update notices set reminded_at = @now, updated_at = @now
                where status = 'Delivered' and reminded_at is null and delivered_at <= @cutoff returning id)
            , rows as (insert into deliveries (notice_id, channel, attempts, outcome, detail, reminder, at)
                select id, 'reminder', 1, 'Delivered', 'not acknowledged within ' || @h || 'h', true, @now from due returning notice_id)
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', notice_id, 'Reminded', 'not acknowledged within ' || @h || 'h' from rows
            """, ("now", now), ("cutoff", now.AddHours(-h)), ("h", h));
        var escalated = await Sql.ExecAsync(conn, tx, """
            with due as (
                update notices set escalated_at = @now, updated_at = @now
                where status = 'Delivered' and escalated_at is null and delivered_at <= @cutoff returning id)
            insert into audit_log (at, actor, entity, entity_id, action, detail)
            select @now, 'scheduler', 'notice', id, 'Escalated', 'not acknowledged within ' || (2 * @h) || 'h' from due
            """, ("now", now), ("cutoff", now.AddHours(-2 * h)), ("h", h));
        await tx.CommitAsync();
        return (reminded, escalated);
    }
}
