using System.Text.Encodings.Web;
using EmergencyDSS.Scheduler.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>
/// <c>Authorization: Bearer …</c>: an account's API token (looked up by its hash), or DSS_ADMIN_TOKEN for the
/// built-in bootstrap account <c>bureau</c> — only until the first enabled admin account exists (then 401). No header: no result (the cookie may still sign the request in);
/// an unknown or revoked token: 401. The token itself is never logged.
/// </summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AccountStore accounts, BureauAccount bootstrap) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BureauAccount.BearerToken(Context) is not { Length: > 0 } token) return AuthenticateResult.NoResult();
        if (bootstrap.Matches(token))
            return await accounts.AdminExistsAsync()
                ? AuthenticateResult.Fail("DSS_ADMIN_TOKEN only bootstraps the first admin account; an admin account exists, so it is refused")
                : Success(AccountClaims.Principal(BureauAccount.Name, Roles.Bootstrap, null, false, SchemeName));
        return await accounts.ByTokenAsync(token) is { } account
            ? Success(AccountClaims.Principal(account with { MustChangePassword = false }, SchemeName))
            : AuthenticateResult.Fail("unknown or revoked API token");
    }

    private AuthenticateResult Success(System.Security.Claims.ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Response.WriteAsJsonAsync(new { errors = new[] { "an Authorization: Bearer token (an account's API token) is required" } });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 403;
        await Response.WriteAsJsonAsync(new { errors = new[] { "this account's role may not use this endpoint" } });
    }
}
