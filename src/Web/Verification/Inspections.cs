using EmergencyDSS.Scheduler;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using EmergencyDSS.Web.Evidence;
using Hangfire;
using Npgsql;

namespace EmergencyDSS.Web.Verification;

/// <summary>
/// On-site checks (现场检查): an inspector's finding for one enterprise in one episode (its district and start
/// date, as its notices name them) — complied, partly, not complied — with a note and evidence, audited.
/// </summary>
internal sealed class Inspections(NpgsqlDataSource db, TimeProvider clock, IBackgroundJobClient jobs)
{
    public static readonly IReadOnlyList<string> Outcomes = ["complied", "partly", "not_complied"];

    public sealed record Episode(string District, DateOnly Start, DateOnly End, string Level, string TargetName);
    public sealed record Finding(long Id, string District, DateOnly EpisodeStart, string Outcome, string Note, string Inspector, DateTimeOffset At, IReadOnlyList<EvidenceRow> Evidence);

    public static string Display(string outcome) => outcome switch
    {
        "complied" => "已落实", "partly" => "部分落实", "not_complied" => "未落实", _ => outcome,
    };

    /// <summary>The episodes in which the enterprise had notices, newest first.</summary>
    public async Task<IReadOnlyList<Episode>> EpisodesAsync(string creditCode)
    {
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ListAsync(conn, null, """
            select district, episode_start, max(episode_end), (array_agg(level order by id desc))[1], max(target_name) from notices
            where target_kind = 'enterprise' and target = @c group by district, episode_start order by episode_start desc, district
            """, r => new Episode(r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2), r.GetString(3), r.GetString(4)), ("c", creditCode));
    }

    /// <summary>The new finding's id, or null when the enterprise had no notice in that episode.</summary>
    public async Task<long?> RecordAsync(string creditCode, string district, DateOnly episodeStart, string outcome, string note, IReadOnlyList<EvidenceFile> files, string inspector)
    {
        if (!Outcomes.Contains(outcome)) throw new ArgumentException($"unknown outcome {outcome}", nameof(outcome));
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        if (await Sql.ScalarAsync<long?>(conn, tx, "select min(id) from notices where target_kind = 'enterprise' and target = @c and district = @d and episode_start = @s",
                ("c", creditCode), ("d", district), ("s", episodeStart)) is null)
            return null;
        var id = await Sql.ScalarAsync<long>(conn, tx, """
            insert into inspections (credit_code, district, episode_start, outcome, note, inspector, inspected_at)
            values (@c, @d, @s, @o, @n, @by, @at) returning id
            """, ("c", creditCode), ("d", district), ("s", episodeStart), ("o", outcome), ("n", note), ("by", inspector), ("at", now));
        await EvidenceStore.AddAsync(conn, tx, "inspection", id, creditCode, files, inspector, now);
        await AuditLog.AppendAsync(conn, tx, now, inspector, "inspection", id, "Inspected", $"{creditCode} {district} {episodeStart:yyyy-MM-dd} {outcome}");
        await tx.CommitAsync();
        // The finding may put the enterprise on the supervision list: its 督办通知 is planned by the scheduler.
        jobs.Enqueue<SupervisionNoticeJob>(job => job.RunAsync());
        return id;
    }

    public async Task<IReadOnlyList<Finding>> FindingsAsync(string creditCode)
    {
        await using var conn = await db.OpenConnectionAsync();
        var rows = await Sql.ListAsync(conn, null, """
            select id, district, episode_start, outcome, note, inspector, inspected_at from inspections where credit_code = @c order by inspected_at desc, id desc
            """, r => (Id: r.GetInt64(0), District: r.GetString(1), Start: r.GetFieldValue<DateOnly>(2), Outcome: r.GetString(3), Note: r.GetString(4),
                By: r.GetString(5), At: r.GetFieldValue<DateTimeOffset>(6)), ("c", creditCode));
        var files = await Sql.ListAsync(conn, null, "select owner_id, id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from evidence_files where owner_kind = 'inspection' and credit_code = @c order by id",
            r => (Owner: r.GetInt64(0), Row: new EvidenceRow(r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5), r.GetFieldValue<DateTimeOffset>(6))), ("c", creditCode));
        return rows.Select(r => new Finding(r.Id, r.District, r.Start, r.Outcome, r.Note, r.By, r.At, files.Where(f => f.Owner == r.Id).Select(f => f.Row).ToList())).ToList();
    }
}
