using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Supervision;

/// <summary>Every recorded on-site finding as the lists count it, with the enterprise's name from its latest measure notice.</summary>
internal static class SupervisionFindings
{
    public static Task<List<CheckedEpisode>> LoadAsync(NpgsqlConnection conn, NpgsqlTransaction? tx) =>
        Sql.ListAsync(conn, tx, """
            select i.credit_code, coalesce((select n.target_name from notices n where n.target_kind = 'enterprise' and n.target = i.credit_code order by n.id desc limit 1), i.credit_code),
                   i.district, i.episode_start, i.outcome, i.inspected_at
            from inspections i order by i.id
            """, r => new CheckedEpisode(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5)));
}
