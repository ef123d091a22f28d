using System.Security.Claims;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>GET /api/notices (optionally <c>?status=</c>, <c>?district=</c>; an enterprise account sees only its own); POST /api/notices/{id}/ack
/// (by code without an account, by a duty officer, or by an enterprise account for its own notices only; any other account: 403).</summary>
internal static class NoticeEndpoints
{
    public static void Map(RouteGroupBuilder readers, RouteGroupBuilder open)
    {
        readers.MapGet("/notices", async (NpgsqlDataSource db, ClaimsPrincipal user, string? status, string? district) =>
        {
            await using var conn = await db.OpenConnectionAsync();
            return Results.Json(await Sql.ListAsync(conn, null, """
                select id, target, event, target_kind, status, document_number from notices
                where (@s::text is null or status = @s) and (@d::text is null or district = @d) and (@e::text is null or target = @e or (target_kind = 'stagger' and split_part(target, '-', 1) = @e)) order by id
                """, r => new { id = r.GetInt64(0), target = r.GetString(1), @event = r.GetString(2), kind = r.GetString(3), status = r.GetString(4),
                    document_number = r.GetString(5) }, ("s", status), ("d", district), ("e", user.EnterpriseCode())));
        });
        // Recipients acknowledge with the code printed on their notice; a duty officer may acknowledge for them.
        // Wrong codes are counted per notice and per client address (AcknowledgmentThrottle): 429 past the limit.
        open.MapPost("/notices/{id:long}/ack", async (long id, HttpContext http, ClaimsPrincipal user, string? code, Acknowledgments acks, AcknowledgmentThrottle throttle, NpgsqlDataSource db) =>
        {
            var actor = user.Identity?.Name ?? "recipient"; // duty officers acknowledge for recipients under their own name
            if (user.IsInRole(Roles.Enterprise))
            {
                // An enterprise account acknowledges its own notices without a code; another's is as if it did not exist.
                await using var conn = await db.OpenConnectionAsync();
                if (await Sql.ScalarAsync<long?>(conn, null, "select id from notices where id = @id and target_kind in ('enterprise', 'supervision') and target = @e",
                        ("id", id), ("e", user.EnterpriseCode())) is null)
                    return Results.Json(new { errors = new[] { $"there is no notice {id} for this account" } }, statusCode: 404);
            }
            else if (user.Identity?.IsAuthenticated == true && !user.IsInRole(Roles.Duty))
            {
                // A signed-in account of another role (auditor, approver, author, admin, inspector) does not acknowledge for recipients.
                return Results.Json(new { errors = new[] { "this account's role may not acknowledge notices" } }, statusCode: 403);
            }
            else if (!user.IsInRole(Roles.Duty))
            {
                if (code is null) return Results.Json(new { errors = new[] { "a bearer token or ?code= (the acknowledgment code on the notice) is required" } }, statusCode: 401);
                switch (await throttle.CheckAsync(id, code, http.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
                {
                    case CodeCheck.Throttled:
                        http.Response.Headers.RetryAfter = ((int)AcknowledgmentThrottle.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        return Results.Json(new { errors = new[] { "too many wrong acknowledgment codes; try again later" } }, statusCode: 429);
                    case CodeCheck.Wrong:
                        return Results.Json(new { errors = new[] { "the acknowledgment code does not match this notice" } }, statusCode: 403);
                }
                actor = "recipient";
            }
            var (outcome, status) = await acks.AcknowledgeAsync(id, actor);
            return outcome switch
            {
                GateOutcome.NotFound => Results.Json(new { errors = new[] { $"there is no notice {id}" } }, statusCode: 404),
                GateOutcome.Conflict => Results.Json(new { errors = new[] { $"notice {id} is {status}; only a delivered notice can be acknowledged" } }, statusCode: 409),
                _ => Results.Json(new { id, status }),
            };
        });
    }
}
