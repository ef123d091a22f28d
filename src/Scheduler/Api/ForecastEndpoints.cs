using System.Security.Claims;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Intake;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>POST /api/forecasts: the forecast CSV as the body → 202 with its ids, or 400 with positioned errors and nothing stored.</summary>
internal static class ForecastEndpoints
{
    public static void Map(RouteGroupBuilder duty) =>
        duty.MapPost("/forecasts", async (HttpRequest request, ClaimsPrincipal user, ForecastIntake intake) =>
        {
            var body = await RequestBody.ReadAsync(request);
            var name = request.Query["name"].FirstOrDefault() is { Length: > 0 } given ? Path.GetFileName(given) : "forecast.csv";
            var result = await intake.SubmitAsync(body, name, user.Actor(), "upload");
            return result.Accepted
                ? Results.Json(new { forecast_id = result.Id, evaluation_id = result.EvaluationId }, statusCode: 202)
                : Results.Json(new { errors = result.Errors }, statusCode: 400);
        });
}
