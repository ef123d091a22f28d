using EmergencyDSS.Scheduler;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using EmergencyDSS.Web.Supervision;
using Npgsql;

namespace EmergencyDSS.Web.Review;

/// <summary>Reads one district's episode for its post-mortem, and the list of episodes there are.</summary>
internal sealed class PostMortemQueries(NpgsqlDataSource db, CompiledRulesets rulesets, SupervisionQueries lists, TimeProvider clock)
{
    public sealed record EpisodeRow(string District, DateOnly Start, DateOnly End, string Level, string Status);

    public async Task<IReadOnlyList<EpisodeRow>> EpisodesAsync()
    {
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ListAsync(conn, null, """
            select district, episode_start, max(end_date), (array_agg(level order by id desc))[1], (array_agg(status order by id desc))[1]
            from warnings where status <> 'Rejected' group by district, episode_start order by episode_start desc, district
            """, r => new EpisodeRow(r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2), r.GetString(3), r.GetString(4)));
    }

    public async Task<PostMortem?> ReadAsync(string district, DateOnly start)
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        var warnings = await Sql.ListAsync(conn, null, "select id, level, end_date, evaluation_id from warnings where district = @d and episode_start = @s and status <> 'Rejected' order by id",
            r => (Id: r.GetInt64(0), Level: r.GetString(1), End: r.GetFieldValue<DateOnly>(2), Evaluation: r.GetInt64(3)), ("d", district), ("s", start));
        if (warnings.Count == 0) return null;
        var ids = warnings.Select(w => w.Id).ToArray();
        var timeline = await Sql.ListAsync(conn, null, """
            select e.created_at, '预报研判（预报发布于' || to_char(f.issued_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || '）'
            from evaluations e join forecasts f on f.id = e.forecast_id where e.id = any(@evals)
            union all
            select a.at, a.action || '|' || coalesce(w.level, '') from audit_log a join warnings w on w.id = a.entity_id where a.entity = 'warning' and a.entity_id = any(@ids)
            order by 1
            """, r => new PostMortem.Event(r.GetFieldValue<DateTimeOffset>(0), Describe(r.GetString(1))), ("evals", warnings.Select(w => w.Evaluation).Distinct().ToArray()), ("ids", ids));
        var active = await RulesetVersions.ActiveAsync(conn);
        var hours = (active is null ? null : (await rulesets.GetAsync(active.Id)).Model.Header.AcknowledgeWithinHours) ?? 4;
        // The episode's notices; a 督办通知 belongs to no episode (its episode_start is the day of listing, which may coincide).
        var notices = (await Sql.ListAsync(conn, null, """
            select count(*)::int, count(n.delivered_at)::int, count(a.notice_id)::int,
                   count(*) filter (where n.delivered_at is not null and coalesce(a.at, @now) > n.delivered_at + make_interval(hours => @h))::int,
                   count(n.reminded_at)::int, count(n.escalated_at)::int
            from notices n left join acknowledgments a on a.notice_id = n.id
            where n.district = @d and n.episode_start = @s and n.status <> 'Withdrawn' and n.target_kind <> 'supervision'
            """, r => new PostMortem.NoticeCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5)),
            ("d", district), ("s", start), ("now", now), ("h", hours))).Single();
        var enterprises = (await Sql.ListAsync(conn, null, """
            with e as (select distinct target from notices where target_kind = 'enterprise' and district = @d and episode_start = @s)
            select count(*)::int,
                   count(*) filter (where exists (select 1 from implementation_reports r join notices n on n.id = r.notice_id
                                                  where r.credit_code = e.target and n.district = @d and n.episode_start = @s))::int,
                   count(*) filter (where exists (select 1 from inspections i where i.credit_code = e.target and i.district = @d and i.episode_start = @s))::int,
                   count(*) filter (where exists (select 1 from inspections i where i.credit_code = e.target and i.district = @d and i.episode_start = @s)
                                      and not exists (select 1 from inspections i where i.credit_code = e.target and i.district = @d and i.episode_start = @s
                                                      and i.outcome <> 'complied'))::int
            from e
            """, r => new PostMortem.EnterpriseCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), ("d", district), ("s", start))).Single();
        var latest = (await Sql.ListAsync(conn, null, "select decisions, ruleset_id, enterprises_id from evaluations where id = @id",
            r => (Decisions: r.NullableString(0), Ruleset: r.GetInt64(1), List: r.IsDBNull(2) ? (long?)null : r.GetInt64(2)), ("id", warnings.Max(w => w.Evaluation)))).Single();
        var listed = await rulesets.EnterprisesAsync(latest.List, await rulesets.GetAsync(latest.Ruleset));
        var complied = (await Sql.ListAsync(conn, null, """
            select credit_code from inspections where district = @d and episode_start = @s group by credit_code having bool_and(outcome = 'complied')
            """, r => r.GetString(0), ("d", district), ("s", start))).ToHashSet(StringComparer.Ordinal);
        var onLists = await lists.ListsAsync();
        var nonCompliers = await Sql.ListAsync(conn, null, """
            select i.credit_code, coalesce((select max(n.target_name) from notices n where n.target = i.credit_code and n.target_kind = 'enterprise'), i.credit_code),
                   i.outcome, i.note, i.inspected_at
            from inspections i where i.district = @d and i.episode_start = @s and i.outcome <> 'complied' order by i.credit_code, i.id
            """, r => new PostMortem.NonComplier(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4),
                onLists.Supervised.Any(x => x.CreditCode == r.GetString(0)), onLists.Exposed.Any(x => x.CreditCode == r.GetString(0))), ("d", district), ("s", start));
        var highest = warnings.Select(w => w.Level).OrderByDescending(Rank).First();
        return new PostMortem(district, start, warnings.Max(w => w.End), highest, now, hours, timeline, notices, enterprises,
            VerifiedReductions.From(latest.Decisions, district, listed.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
                complied), nonCompliers);
    }

    private static int Rank(string level) => level switch { "yellow" => 1, "orange" => 2, "red" => 3, _ => 0 };

    private static string Describe(string raw)
    {
        if (!raw.Contains('|')) return raw;
        var (action, level) = (raw[..raw.IndexOf('|')], raw[(raw.IndexOf('|') + 1)..]);
        return $"{Labels.Level(level)}预警{Labels.WarningStatus(action)}";
    }
}
