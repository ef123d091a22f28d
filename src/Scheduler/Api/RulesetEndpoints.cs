using System.Text;
using System.Security.Claims;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Scheduler.Intake;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>
/// POST /api/rulesets (author): ruleset text → stored and its activation proposed (200 with its id and the
/// proposal's, or active = true if it already is the active version), or 400 with the diagnostics and the
/// active version unchanged. Includes and templates resolve beside the active version's file (or <c>?name=</c>
/// relative to its folder). POST /api/rulesets/proposals/{id}/accept and /reject (approver, not the proposer).
/// </summary>
internal static class RulesetEndpoints
{
    public static void Map(RouteGroupBuilder author, RouteGroupBuilder approver)
    {
        author.MapPost("/rulesets", async (HttpRequest request, ClaimsPrincipal user, RulesetIntake intake, NpgsqlDataSource db, ServeOptions options) =>
        {
            if (RulesetName.Problem(request.Query["name"].FirstOrDefault()) is { } problem) return Results.Json(new { errors = new[] { problem } }, statusCode: 400);
            var text = Encoding.UTF8.GetString(await RequestBody.ReadAsync(request));
            await using var conn = await db.OpenConnectionAsync();
            var active = await RulesetVersions.ActiveAsync(conn);
            var folder = active?.Directory ?? (options.Ruleset is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(options.Ruleset)!);
            var name = request.Query["name"].FirstOrDefault() is { Length: > 0 } given ? Path.GetFileName(given) : "uploaded.dss";
            var result = await intake.SubmitAsync(text, Path.Combine(folder, name), user.Actor(), propose: true);
            return result.Accepted
                // For a ruleset proposal the intake result carries the proposal id where a forecast carries its evaluation id.
                ? Results.Json(new { ruleset_id = result.Id, proposal_id = result.EvaluationId, active = result.EvaluationId is null })
                : Results.Json(new { errors = result.Errors }, statusCode: 400);
        });
        approver.MapPost("/rulesets/proposals/{id:long}/accept", async (long id, string? comment, ClaimsPrincipal user, ActivationProposals proposals) =>
            Reply(id, await proposals.DecideAsync(id, user.Actor(), true, comment ?? "")));
        approver.MapPost("/rulesets/proposals/{id:long}/reject", async (long id, string? comment, ClaimsPrincipal user, ActivationProposals proposals) =>
            Reply(id, await proposals.DecideAsync(id, user.Actor(), false, comment ?? "")));
    }

    private static IResult Reply(long id, GateOutcome outcome) => outcome switch
    {
        GateOutcome.NotFound => Results.Json(new { errors = new[] { $"there is no activation proposal {id}" } }, statusCode: 404),
        GateOutcome.OwnProposal => Results.Json(new { errors = new[] { $"activation proposal {id} is this account's own; another approver must decide (four eyes)" } }, statusCode: 403),
        GateOutcome.Conflict => Results.Json(new { errors = new[] { $"activation proposal {id} is already decided" } }, statusCode: 409),
        _ => Results.Json(new { id, status = "decided" }),
    };
}
