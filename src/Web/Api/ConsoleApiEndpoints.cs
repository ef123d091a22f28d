using System.Security.Claims;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace EmergencyDSS.Web.Api;

/// <summary>
/// API additions the console needs: GET /api/notices/{id} with its document (an enterprise account: its own
/// only, anything else 404), GET /api/evaluations/{id}/decisions (decisions.json) and /report (report.html).
/// </summary>
internal static class ConsoleApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var readers = app.MapGroup("/api").RequireAuthorization(Policies.NoticeRead);
        readers.MapGet("/notices/{id:long}", async (long id, ClaimsPrincipal user, NpgsqlDataSource db) =>
        {
            await using var conn = await db.OpenConnectionAsync();
            var notice = (await Sql.ListAsync(conn, null, """
                select id, target_kind, district, target, target_name, event, level, status, document_number, title, subject, html, body_text, sms,
                       episode_start, episode_end, delivered_at, (select at from acknowledgments a where a.notice_id = n.id)
                from notices n where id = @id and (@e::text is null or target = @e or (target_kind = 'stagger' and split_part(target, '-', 1) = @e))
                """, r => new
                {
                    id = r.GetInt64(0), kind = r.GetString(1), district = r.GetString(2), target = r.GetString(3), target_name = r.GetString(4),
                    @event = r.GetString(5), level = r.GetString(6), status = r.GetString(7), document_number = r.GetString(8), title = r.GetString(9),
                    subject = r.GetString(10), html = r.GetString(11), text = r.GetString(12), sms = r.GetString(13),
                    start = r.GetFieldValue<DateOnly>(14).ToString("yyyy-MM-dd"), end = r.GetFieldValue<DateOnly>(15).ToString("yyyy-MM-dd"),
                    delivered_at = r.IsDBNull(16) ? null : Labels.Time(r.GetFieldValue<DateTimeOffset>(16)),
                    acknowledged_at = r.IsDBNull(17) ? null : Labels.Time(r.GetFieldValue<DateTimeOffset>(17)),
                }, ("id", id), ("e", user.EnterpriseCode()))).SingleOrDefault();
            return notice is null ? Results.Json(new { errors = new[] { $"there is no notice {id} for this account" } }, statusCode: 404) : Results.Json(notice);
        });
        var bureau = app.MapGroup("/api").RequireAuthorization(Policies.BureauRead);
        bureau.MapGet("/evaluations/{id:long}/decisions", async (long id, NpgsqlDataSource db) =>
        {
            await using var conn = await db.OpenConnectionAsync();
            var decisions = await Sql.ScalarAsync<string>(conn, null, "select decisions from evaluations where id = @id", ("id", id));
            return decisions is null
                ? Results.Json(new { errors = new[] { $"evaluation {id} does not exist or is not evaluated yet" } }, statusCode: 404)
                : Results.Text(decisions, "application/json; charset=utf-8");
        });
        bureau.MapGet("/evaluations/{id:long}/report", async (long id, EvaluationReport report) =>
            await report.HtmlAsync(id) is { } html
                ? Results.Text(html, "text/html; charset=utf-8")
                : Results.Json(new { errors = new[] { $"evaluation {id} does not exist or is not evaluated yet" } }, statusCode: 404));
    }
}
