using EmergencyDSS.Scheduler;
using EmergencyDSS.Scheduler.Store;
using EmergencyDSS.Web.Evidence;
using Npgsql;

namespace EmergencyDSS.Web.Portal;

/// <summary>
/// 落实情况: an enterprise's report on one of its own notices (what was done, which lines stopped) with its
/// evidence files, stored in one transaction (a refused file stores nothing), audited.
/// </summary>
internal sealed class ImplementationReports(NpgsqlDataSource db, TimeProvider clock)
{
    public sealed record Report(long Id, string WhatDone, string LinesStopped, string ReportedBy, DateTimeOffset ReportedAt, IReadOnlyList<EvidenceRow> Evidence);

    /// <summary>The new report's id, or null when the notice is not this enterprise's.</summary>
    public async Task<long?> AddAsync(string creditCode, long noticeId, string whatDone, string linesStopped, IReadOnlyList<EvidenceFile> files, string actor)
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        if (await Sql.ScalarAsync<long?>(conn, tx, "select id from notices where id = @id and target_kind in ('enterprise', 'supervision') and target = @c", ("id", noticeId), ("c", creditCode)) is null)
            return null;
        var id = await Sql.ScalarAsync<long>(conn, tx, """
            insert into implementation_reports (notice_id, credit_code, what_done, lines_stopped, reported_by, reported_at)
            values (@n, @c, @w, @l, @by, @at) returning id
            """, ("n", noticeId), ("c", creditCode), ("w", whatDone), ("l", linesStopped), ("by", actor), ("at", now));
        await EvidenceStore.AddAsync(conn, tx, "report", id, creditCode, files, actor, now);
        await AuditLog.AppendAsync(conn, tx, now, actor, "notice", noticeId, "ImplementationReported", $"报告 {id}，证明材料 {files.Count} 个");
        await tx.CommitAsync();
        return id;
    }

    public async Task<IReadOnlyList<Report>> ForNoticeAsync(string creditCode, long noticeId)
    {
        await using var conn = await db.OpenConnectionAsync();
        var rows = await Sql.ListAsync(conn, null, """
            select id, what_done, lines_stopped, reported_by, reported_at from implementation_reports
            where notice_id = @n and credit_code = @c order by id
            """, r => (Id: r.GetInt64(0), What: r.GetString(1), Lines: r.GetString(2), By: r.GetString(3), At: r.GetFieldValue<DateTimeOffset>(4)),
            ("n", noticeId), ("c", creditCode));
        var evidence = await EvidenceStore.ListAsync(conn, "report", rows.Select(r => r.Id).ToList());
        var owners = await Sql.ListAsync(conn, null, "select id, owner_id from evidence_files where owner_kind = 'report' and owner_id = any(@ids)",
            r => (File: r.GetInt64(0), Owner: r.GetInt64(1)), ("ids", rows.Select(r => r.Id).ToArray()));
        return rows.Select(r => new Report(r.Id, r.What, r.Lines, r.By, r.At,
            evidence.Where(e => owners.Any(o => o.File == e.Id && o.Owner == r.Id)).ToList())).ToList();
    }
}
