using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// The Hangfire Dashboard is for the bureau only: the bearer header, or <c>/hangfire?token=…</c> once in a
/// browser, which sets an HttpOnly, SameSite=Strict cookie (a proof derived from the token, not the token)
/// for the pages that follow.
/// </summary>
internal sealed class DashboardBureauFilter(BureauAccount bureau) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (bureau.IsDashboardSession(http)) return true;
        if (!bureau.Matches(http.Request.Query["token"].ToString()) || bureau.DashboardProof() is not { } proof) return false;
        http.Response.Cookies.Append(BureauAccount.CookieName, proof, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/hangfire",
        });
        return true;
    }
}
