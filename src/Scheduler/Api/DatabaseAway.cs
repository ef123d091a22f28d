using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>
/// While PostgreSQL is away (connection refused, dropped, shutting down, timed out) a request answers 503 with a
/// message and Retry-After instead of a bare 500; other database errors stay errors.
/// </summary>
internal sealed class DatabaseAway(RequestDelegate next, ILogger<DatabaseAway> log)
{
    public const string Message = "the database is not reachable; try again in a minute";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IsOutage(e) && !context.Response.HasStarted)
        {
            log.LogWarning("{Method} {Path}: database unreachable ({Reason})", context.Request.Method, context.Request.Path, e.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "60";
            await context.Response.WriteAsJsonAsync(new { errors = new[] { Message } });
        }
    }

    /// <summary>Class 08 (connection exception), 57P01–57P03 (shutdown, cannot connect now), or no server answer at all.</summary>
    private static bool IsOutage(Exception e) => e switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03",
        NpgsqlException => true,
        TimeoutException => true,
        _ => e.InnerException is { } inner && IsOutage(inner),
    };
}
