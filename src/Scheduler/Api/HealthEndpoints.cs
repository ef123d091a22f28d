using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>
/// <c>/health/live</c>: the process answers (200 always). <c>/health/ready</c> (and <c>/health</c>): the database
/// answers within two seconds and every migration of this build is applied; 503 with the reason otherwise.
/// Both are open: they say nothing about the data.
/// </summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(2);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        app.MapGet("/health/ready", ReadyAsync);
        app.MapGet("/health", ReadyAsync);
    }

    private static async Task<IResult> ReadyAsync(NpgsqlDataSource db)
    {
        using var timeout = new CancellationTokenSource(Probe);
        try
        {
            await using var conn = await db.OpenConnectionAsync(timeout.Token);
            await using var cmd = new NpgsqlCommand("select count(*) from schema_migrations where name = any(@names)", conn);
            var names = Migrator.Scripts.Select(Migrator.ScriptName).ToArray();
            cmd.Parameters.AddWithValue("names", names);
            var applied = Convert.ToInt32(await cmd.ExecuteScalarAsync(timeout.Token), System.Globalization.CultureInfo.InvariantCulture);
            return applied == names.Length
                ? Results.Json(new { status = "ready" })
                : Results.Json(new { status = "not ready", reason = $"{names.Length - applied} database migrations are not applied" }, statusCode: 503);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return Results.Json(new { status = "not ready", reason = "the database is not reachable" }, statusCode: 503);
        }
    }
}
