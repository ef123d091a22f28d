using EmergencyDSS.Scheduler.Accounts;
using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Web;

/// <summary>An account signed in with its initial password sees nothing but the change-password page (and can sign out).</summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string Path = "/account/password";

    public Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path;
        if (http.User.MustChangePasswordNow() && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/static"))
        {
            http.Response.Redirect(Path);
            return Task.CompletedTask;
        }
        return next(http);
    }
}
