using System.Text;
using System.Security.Claims;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Scheduler.Intake;
using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>
/// POST /api/rulesets: ruleset text → activated (200 with its id), or 400 with the diagnostics and the
/// active version unchanged. Includes and templates resolve beside the active version's file (or <c>?name=</c>
/// relative to its folder).
/// </summary>
internal static class RulesetEndpoints
{
    public static void Map(RouteGroupBuilder author) =>
        author.MapPost("/rulesets", async (HttpRequest request, ClaimsPrincipal user, RulesetIntake intake, NpgsqlDataSource db, ServeOptions options) =>
        {
            var text = Encoding.UTF8.GetString(await RequestBody.ReadAsync(request));
            await using var conn = await db.OpenConnectionAsync();
            var active = await RulesetVersions.ActiveAsync(conn);
            var folder = active?.Directory ?? (options.Ruleset is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(options.Ruleset)!);
            var name = request.Query["name"].FirstOrDefault() is { Length: > 0 } given ? Path.GetFileName(given) : "uploaded.dss";
            var result = await intake.SubmitAsync(text, Path.Combine(folder, name), user.Actor());
            return result.Accepted
                ? Results.Json(new { ruleset_id = result.Id, active = true })
                : Results.Json(new { errors = result.Errors }, statusCode: 400);
        });
}
