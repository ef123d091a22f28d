using EmergencyDSS.Scheduler.Accounts;

namespace EmergencyDSS.Web;

/// <summary>Where an account lands after signing in: enterprises on the portal, inspectors on their checks, the bureau on the duty desk.</summary>
internal static class HomePages
{
    public static string Home(string role) => role switch
    {
        Roles.Enterprise => "/portal",
        Roles.Inspector => "/inspect",
        _ => "/",
    };
}
