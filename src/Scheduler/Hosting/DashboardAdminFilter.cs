using EmergencyDSS.Scheduler.Accounts;
using Hangfire.Dashboard;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// The Hangfire Dashboard is for accounts in the admin role, signed in through the console (the session
/// cookie) or with their bearer token. Hangfire answers 401 to the anonymous and 403 to other roles; its
/// POSTs are checked against the antiforgery token (registered with the console).
/// </summary>
internal sealed class DashboardAdminFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
