using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// The built-in bureau/approver account until real accounts exist: whoever presents DSS_ADMIN_TOKEN as a
/// bearer token (or, for the Dashboard in a browser, the cookie set from <c>?token=</c>).
/// </summary>
internal sealed class BureauAccount(string? token)
{
    public const string Name = "bureau";
    public const string CookieName = "dss_token";

    public bool IsBureau(HttpContext http) => Matches(BearerToken(http)) || Matches(http.Request.Cookies[CookieName]);

    public bool Matches(string? presented) =>
        token is { Length: > 0 } && presented is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(token));

    public static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
