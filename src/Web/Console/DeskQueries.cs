using System.Security.Claims;
using EmergencyDSS.Engine.Reporting;
using EmergencyDSS.Scheduler;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>Reads the duty desk's snapshot from the store (the home page and its htmx refresh).</summary>
internal sealed class DeskQueries(NpgsqlDataSource db, CompiledRulesets rulesets, TimeProvider clock)
{
    public async Task<DeskSnapshot> LoadAsync(ClaimsPrincipal user)
    {
        await using var conn = await db.OpenConnectionAsync();
        var warnings = await Sql.ListAsync(conn, null, """
            select w.id, w.district, w.level, w.status, w.start_date, w.end_date, w.issue_by, e.created_by
            from warnings w join evaluations e on e.id = w.evaluation_id where w.status not in ('Lifted', 'Rejected') order by w.district
            """, r => new DeskSnapshot.OpenWarning(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4),
                r.GetFieldValue<DateOnly>(5), r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6), r.NullableString(7)));
        var latest = (await Sql.ListAsync(conn, null, """
            select e.id, f.id, f.file_name, f.issued_at, e.status, e.created_by, e.created_at, e.notices
            from evaluations e join forecasts f on f.id = e.forecast_id order by e.id desc limit 1
            """, r => new DeskSnapshot.LatestEvaluation(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4),
                r.GetString(5), r.GetFieldValue<DateTimeOffset>(6), r.IsDBNull(7) ? null : r.GetInt32(7)))).SingleOrDefault();
        var lastPlanned = await Sql.ScalarAsync<long?>(conn, null, "select max(id) from evaluations where status = 'Planned'");
        var changes = lastPlanned is null ? [] : await Sql.ListAsync(conn, null,
            "select id, district, level, status from warnings where evaluation_id = @e order by district",
            r => new DeskSnapshot.Change(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)), ("e", lastPlanned));
        var counts = (await Sql.ListAsync(conn, null, "select status, count(*) from notices group by status", r => (r.GetString(0), r.GetInt64(1))))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var active = await RulesetVersions.ActiveAsync(conn);
        var districts = active is null ? [] : (await rulesets.GetAsync(active.Id)).Model.Districts;
        var byDistrict = warnings.ToDictionary(w => w.District);
        var tiles = TileMap.Layout(districts).Select(t =>
        {
            var w = byDistrict.GetValueOrDefault(t.District);
            return new DeskSnapshot.Tile(t.District, t.X, t.Y, w is null || w.Status == WarningStatus.Proposed ? null : w.Level,
                w?.Status == WarningStatus.Proposed ? w.Level : null, w?.Id);
        }).ToList();
        return new DeskSnapshot(tiles, warnings, latest, changes, await WaitingAsync(conn, user, warnings), counts, ShanghaiTime.Now(clock));
    }

    private static async Task<List<DeskSnapshot.Waiting>> WaitingAsync(NpgsqlConnection conn, ClaimsPrincipal user, IReadOnlyList<DeskSnapshot.OpenWarning> warnings)
    {
        var items = new List<DeskSnapshot.Waiting>();
        if (user.IsInRole(Roles.Approver))
            items.AddRange(warnings.Where(w => w.Status == WarningStatus.Proposed && w.ProposedBy != user.Identity?.Name)
                .Select(w => new DeskSnapshot.Waiting($"{w.District}{Labels.Level(w.Level)}预警待审批", $"/warnings/{w.Id}")));
        if (user.IsInRole(Roles.Duty))
        {
            var failed = await Sql.ScalarAsync<long>(conn, null, "select count(*) from notices where status = 'Failed'");
            if (failed > 0) items.Add(new DeskSnapshot.Waiting($"{failed}份通知发送失败，需人工处理", "/notices?state=Failed"));
            var unacknowledged = await Sql.ScalarAsync<long>(conn, null, "select count(*) from notices where status = 'Delivered' and escalated_at is not null");
            if (unacknowledged > 0) items.Add(new DeskSnapshot.Waiting($"{unacknowledged}份通知逾期未确认收悉，已升级提醒", "/notices?state=Delivered"));
        }
        return items;
    }
}
