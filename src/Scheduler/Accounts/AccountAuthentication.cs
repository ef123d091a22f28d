using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>
/// Who is asking: a request with <c>Authorization: Bearer …</c> is judged by its token alone; any other by
/// the console's session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS, 8 hours sliding). API and
/// Dashboard paths answer 401/403; pages redirect to the sign-in page.
/// </summary>
internal static class AccountAuthentication
{
    public const string Scheme = "dss";
    public const string CookieName = "dss_session";
    public const string SignInPath = "/account/signin";

    public static void AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AccountStore>();
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<EnterpriseActivation>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "token or session", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.Count > 0 ? BearerTokenHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = SignInPath;
                o.Events.OnRedirectToLogin = ctx => Answer(ctx, 401);
                o.Events.OnRedirectToAccessDenied = ctx => Answer(ctx, 403);
                o.Events.OnValidatePrincipal = EndStaleSessionAsync;
            });
        services.AddAuthorization(Policies.Add);
    }

    /// <summary>
    /// A session ends at its next request once its account is disabled, or once its password was reset by an admin
    /// (the account must change its password again but the session was opened before).
    /// </summary>
    private static async Task EndStaleSessionAsync(CookieValidatePrincipalContext ctx)
    {
        if (ctx.Principal?.Identity?.Name is not { } name) return;
        var account = await ctx.HttpContext.RequestServices.GetRequiredService<AccountStore>().ByNameAsync(name);
        if (account is not null && (!account.MustChangePassword || ctx.Principal.MustChangePasswordNow())) return;
        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Anonymous: 401 for machines (API, Dashboard), the sign-in page for people. Wrong role: 403 for both.</summary>
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        var path = ctx.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hangfire"))
        {
            ctx.Response.StatusCode = status;
            return ctx.Response.WriteAsJsonAsync(new { errors = new[] { status == 401 ? "sign in or send an Authorization: Bearer token" : "this account's role may not use this endpoint" } });
        }
        if (status == 401)
        {
            // Enterprises sign in by credit code on the portal's own page.
            ctx.Response.Redirect(path.StartsWithSegments("/portal") ? "/portal/signin" : ctx.RedirectUri);
            return Task.CompletedTask;
        }
        ctx.Response.StatusCode = 403;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        return ctx.Response.WriteAsync("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>无权访问</title></head><body>" +
            "<h1>无权访问</h1><p>您的账户角色无权使用此页面。</p><p><a href=\"/account\">我的账户</a></p></body></html>");
    }
}
