using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// The built-in bureau/approver account until real accounts exist: whoever presents DSS_ADMIN_TOKEN as a
/// bearer token. A browser on the Dashboard carries a cookie with a proof derived from the token (an
/// HMAC), never the token itself, and that proof opens the Dashboard only, not the API.
/// </summary>
internal sealed class BureauAccount(string? token)
{
    public const string Name = "bureau";
    public const string CookieName = "dss_dashboard";

    /// <summary>The bearer token of the request is the bureau's.</summary>
    public bool IsBureau(HttpContext http) => Matches(BearerToken(http));

    /// <summary>The bureau's bearer token, or the Dashboard cookie set after <c>/hangfire?token=…</c>.</summary>
    public bool IsDashboardSession(HttpContext http) =>
        IsBureau(http) || (DashboardProof() is { } proof && Same(http.Request.Cookies[CookieName], proof));

    public bool Matches(string? presented) => token is { Length: > 0 } && Same(presented, token);

    /// <summary>What the Dashboard cookie holds: HMAC-SHA256 of a fixed label under the token.</summary>
    public string? DashboardProof() => token is { Length: > 0 }
        ? Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "dss dashboard session"u8))
        : null;

    public static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static bool Same(string? presented, string expected) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
