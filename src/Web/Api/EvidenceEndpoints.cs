using System.Security.Claims;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Web.Evidence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace EmergencyDSS.Web.Api;

/// <summary>
/// Evidence file downloads: GET /portal/evidence/{id} (the enterprise's own, with its session) and GET /api/evidence/{id}
/// (the bureau and inspectors: any; an enterprise token: its own, anything else 404). Always an attachment, never sniffed.
/// </summary>
internal static class EvidenceEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/portal/evidence/{id:long}", Download).RequireAuthorization(Policies.Enterprise);
        app.MapGet("/api/evidence/{id:long}", Download).RequireAuthorization(Policies.EvidenceRead);
    }

    private static async Task<IResult> Download(long id, ClaimsPrincipal user, NpgsqlDataSource db, HttpContext http)
    {
        var scope = user.IsInRole(Roles.Enterprise) ? user.EnterpriseCode() ?? "" : null;
        if (await EvidenceStore.ReadAsync(db, id, scope) is not { } file)
            return http.Request.Path.StartsWithSegments("/api")
                ? Results.Json(new { errors = new[] { $"there is no evidence file {id} for this account" } }, statusCode: 404)
                : Results.NotFound();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(file.Bytes, file.Type, file.Name);
    }
}
