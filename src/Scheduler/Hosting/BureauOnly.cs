using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>Endpoint filter: 401 without a bearer token, 403 with one that is not the bureau's.</summary>
internal sealed class BureauOnly(BureauAccount bureau) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (BureauAccount.BearerToken(http) is null) return Results.Json(new { errors = new[] { "an Authorization: Bearer token is required" } }, statusCode: 401);
        if (!bureau.IsBureau(http)) return Results.Json(new { errors = new[] { "this token may not use bureau endpoints" } }, statusCode: 403);
        return await next(context);
    }
}
