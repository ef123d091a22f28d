using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Web.Portal;

/// <summary>
/// What the portal reads, always for one credit code (the signed-in enterprise account's): its notices with their
/// receipts, reminders and escalations (measure notices and 督办通知), its current measures from the latest planned evaluation, its past episodes.
/// </summary>
internal sealed class PortalQueries(NpgsqlDataSource db, TimeProvider clock)
{
    public sealed record NoticeLine(long Id, string DocumentNumber, string Title, string District, string Event, string Level, string Status,
        DateOnly EpisodeStart, DateOnly EpisodeEnd, DateTimeOffset? DeliveredAt, DateTimeOffset? RemindedAt, DateTimeOffset? EscalatedAt,
        DateTimeOffset? AcknowledgedAt, string? ContactName, string? ContactPhone, int Reports);
    public sealed record EpisodeLine(string District, DateOnly Start, DateOnly End, string Level, int Notices, int Acknowledged, int Reports, string? Inspection);

    private const string NoticeColumns = """
        select n.id, n.document_number, n.title, n.district, n.event, n.level, n.status, n.episode_start, n.episode_end,
               n.delivered_at, n.reminded_at, n.escalated_at, a.at, a.contact_name, a.contact_phone,
               (select count(*)::int from implementation_reports r where r.notice_id = n.id)
        from notices n left join acknowledgments a on a.notice_id = n.id
        where n.target_kind in ('enterprise', 'supervision') and n.target = @c
        """;

    public async Task<IReadOnlyList<NoticeLine>> NoticesAsync(string creditCode)
    {
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ListAsync(conn, null, NoticeColumns + " order by n.id desc", Read, ("c", creditCode));
    }

    public async Task<NoticeLine?> NoticeAsync(string creditCode, long id)
    {
        await using var conn = await db.OpenConnectionAsync();
        return (await Sql.ListAsync(conn, null, NoticeColumns + " and n.id = @id", Read, ("c", creditCode), ("id", id))).SingleOrDefault();
    }

    /// <summary>The notice document (HTML) if it is this enterprise's.</summary>
    public async Task<(string Html, string DocumentNumber)?> DocumentAsync(string creditCode, long id)
    {
        await using var conn = await db.OpenConnectionAsync();
        var rows = await Sql.ListAsync(conn, null, "select html, document_number from notices where id = @id and target_kind in ('enterprise', 'supervision') and target = @c",
            r => (r.GetString(0), r.GetString(1)), ("id", id), ("c", creditCode));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>This enterprise's measures in the latest planned evaluation that have not ended yet.</summary>
    public async Task<IReadOnlyList<MeasureLine>> CurrentMeasuresAsync(string creditCode)
    {
        await using var conn = await db.OpenConnectionAsync();
        var json = await Sql.ScalarAsync<string>(conn, null, "select decisions from evaluations where status = 'Planned' and decisions is not null order by id desc limit 1");
        var now = Scheduler.ShanghaiTime.Now(clock);
        return MeasureLine.FromDecisions(json, creditCode).Where(m => m.End > now).ToList();
    }

    /// <summary>Past and present episodes with notices for this enterprise, newest first, with receipts, reports and the last on-site finding.</summary>
    public async Task<IReadOnlyList<EpisodeLine>> EpisodesAsync(string creditCode)
    {
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ListAsync(conn, null, """
            select n.district, n.episode_start, max(n.episode_end), (array_agg(n.level order by n.id desc))[1], count(*)::int,
                   count(a.notice_id)::int, (select count(*)::int from implementation_reports r join notices m on m.id = r.notice_id
                                             where m.target = @c and m.district = n.district and m.episode_start = n.episode_start),
                   (select i.outcome from inspections i where i.credit_code = @c and i.district = n.district and i.episode_start = n.episode_start
                    order by i.id desc limit 1)
            from notices n left join acknowledgments a on a.notice_id = n.id
            where n.target_kind = 'enterprise' and n.target = @c
            group by n.district, n.episode_start order by n.episode_start desc, n.district
            """, r => new EpisodeLine(r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2), r.GetString(3), r.GetInt32(4),
                r.GetInt32(5), r.GetInt32(6), r.NullableString(7)), ("c", creditCode));
    }

    private static NoticeLine Read(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        r.GetString(6), r.GetFieldValue<DateOnly>(7), r.GetFieldValue<DateOnly>(8), T(r, 9), T(r, 10), T(r, 11), T(r, 12), r.NullableString(13),
        r.NullableString(14), r.GetInt32(15));

    private static DateTimeOffset? T(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
}
