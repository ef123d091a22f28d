using System.Security.Claims;

namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>The claims an account signs in with (cookie or bearer), and reading them back.</summary>
internal static class AccountClaims
{
    public const string CreditCode = "dss:credit_code";
    public const string MustChangePassword = "dss:must_change_password";

    public static ClaimsPrincipal Principal(string name, IEnumerable<string> roles, string? creditCode, bool mustChange, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (creditCode is not null) claims.Add(new Claim(CreditCode, creditCode));
        if (mustChange) claims.Add(new Claim(MustChangePassword, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static ClaimsPrincipal Principal(Account account, string scheme) =>
        Principal(account.Name, [account.Role], account.CreditCode, account.MustChangePassword, scheme);

    /// <summary>The acting account's name for the audit log.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("no signed-in account");

    public static string? EnterpriseCode(this ClaimsPrincipal user) => user.FindFirst(CreditCode)?.Value;

    public static bool MustChangePasswordNow(this ClaimsPrincipal user) => user.HasClaim(MustChangePassword, "true");
}
