using Microsoft.AspNetCore.Authorization;

namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>
/// The authorization policies routes and page folders declare (never checked ad hoc in handlers).
/// Anonymous → 401 (API) or the sign-in page; a role without the right → 403.
/// </summary>
internal static class Policies
{
    /// <summary>Reads of the bureau's data: every bureau role (auditor included).</summary>
    public const string BureauRead = "bureau-read";
    public const string Duty = "duty";
    public const string Approver = "approver";
    public const string Author = "author";
    public const string Admin = "admin";
    /// <summary>Any signed-in account (its own password, its own notices).</summary>
    public const string SignedIn = "signed-in";
    /// <summary>Notices: the bureau, and enterprises for their own (the handler scopes the rows to the credit code).</summary>
    public const string NoticeRead = "notice-read";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(BureauRead, p => p.RequireRole(Roles.Bureau));
        options.AddPolicy(Duty, p => p.RequireRole(Roles.Duty));
        options.AddPolicy(Approver, p => p.RequireRole(Roles.Approver));
        options.AddPolicy(Author, p => p.RequireRole(Roles.Author));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(NoticeRead, p => p.RequireRole([.. Roles.Bureau, Roles.Enterprise]));
    }
}
