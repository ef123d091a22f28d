using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>Reads a whole upload body (forecasts and rulesets are small).</summary>
internal static class RequestBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
