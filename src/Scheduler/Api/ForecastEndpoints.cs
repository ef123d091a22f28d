using System.Security.Claims;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Intake;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>
/// POST /api/forecasts: the forecast CSV as the body → 202 with its ids and any positioned warnings, or 400 with
/// positioned errors and nothing stored. A forecast outside the active ruleset's effective period is refused
/// unless <c>?force=true</c>.
/// </summary>
internal static class ForecastEndpoints
{
    public static void Map(RouteGroupBuilder duty) =>
        duty.MapPost("/forecasts", async (HttpRequest request, ClaimsPrincipal user, ForecastIntake intake) =>
        {
            var body = await RequestBody.ReadAsync(request);
            var name = request.Query["name"].FirstOrDefault() is { Length: > 0 } given ? Path.GetFileName(given) : "forecast.csv";
            var force = request.Query["force"].FirstOrDefault() is "true" or "1";
            var result = await intake.SubmitAsync(body, name, user.Actor(), force ? "upload (forced outside the effective period)" : "upload", force);
            return result.Accepted
                ? Results.Json(new { forecast_id = result.Id, evaluation_id = result.EvaluationId, warnings = result.Warnings }, statusCode: 202)
                : Results.Json(new { errors = result.Errors }, statusCode: 400);
        });
}
