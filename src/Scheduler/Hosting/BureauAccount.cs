using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// The built-in bootstrap account <c>bureau</c>: whoever presents DSS_ADMIN_TOKEN as a bearer token. It exists
/// to create the first real accounts (admin, duty, approver …) and is refused as soon as an enabled admin account
/// exists (<see cref="EmergencyDSS.Scheduler.Accounts.BearerTokenHandler"/>). It is bound by the four-eyes rule like everyone else.
/// </summary>
internal sealed class BureauAccount(string? token)
{
    public const string Name = "bureau";

    public bool Matches(string? presented) => token is { Length: > 0 } && presented is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(token));

    public static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
