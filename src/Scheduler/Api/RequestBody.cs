using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>Reads a whole upload body (forecasts and rulesets are small); Kestrel answers 413 past <see cref="MaxBytes"/>.</summary>
internal static class RequestBody
{
    /// <summary>The largest body any route takes: the same bound as an inbox file.</summary>
    public const long MaxBytes = Jobs.InboxJob.MaxBytes;

    public static async Task<byte[]> ReadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
