using System.Security.Claims;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>GET /api/warnings; POST /api/warnings/{id}/approve and /reject (the approval gate).</summary>
internal static class WarningEndpoints
{
    public static void Map(RouteGroupBuilder read, RouteGroupBuilder approver)
    {
        read.MapGet("/warnings", async (NpgsqlDataSource db) =>
        {
            await using var conn = await db.OpenConnectionAsync();
            return Results.Json(await Sql.ListAsync(conn, null, "select id, district, level, status, start_date, end_date from warnings order by district, id",
                r => new { id = r.GetInt64(0), district = r.GetString(1), level = r.GetString(2), status = r.GetString(3),
                    start = r.GetFieldValue<DateOnly>(4).ToString("yyyy-MM-dd"), end = r.GetFieldValue<DateOnly>(5).ToString("yyyy-MM-dd") }));
        });
        // ?comment= goes into the audit log with the decision; the proposer may not decide (four eyes: 403).
        approver.MapPost("/warnings/{id:long}/approve", async (long id, string? comment, ClaimsPrincipal user, ApprovalGate gate) =>
            Reply(id, await gate.ApproveAsync(id, user.Actor(), comment ?? "")));
        approver.MapPost("/warnings/{id:long}/reject", async (long id, string? comment, ClaimsPrincipal user, ApprovalGate gate) =>
            Reply(id, await gate.RejectAsync(id, user.Actor(), comment ?? "")));
    }

    private static IResult Reply(long id, (GateOutcome Outcome, string Status) result) => result.Outcome switch
    {
        GateOutcome.NotFound => Results.Json(new { errors = new[] { $"there is no warning {id}" } }, statusCode: 404),
        GateOutcome.OwnProposal => Results.Json(new { errors = new[] { $"warning {id} was proposed from a forecast this account uploaded; another approver must decide (four eyes)" } }, statusCode: 403),
        GateOutcome.Conflict => Results.Json(new { errors = new[] { $"warning {id} is {result.Status}; only a Proposed warning can be approved or rejected" } }, statusCode: 409),
        _ => Results.Json(new { id, status = result.Status }),
    };
}
