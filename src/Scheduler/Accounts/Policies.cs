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
    /// <summary>The enterprise portal: enterprise accounts only (the pages scope every row to the account's credit code).</summary>
    public const string Enterprise = "enterprise";
    /// <summary>On-site checks: inspectors.</summary>
    public const string Inspector = "inspector";
    /// <summary>The supervision and exposure lists and post-mortems: the bureau and its inspectors.</summary>
    public const string Supervision = "supervision";
    /// <summary>Evidence files: the bureau, inspectors, and enterprises for their own (the handler scopes the rows).</summary>
    public const string EvidenceRead = "evidence-read";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(BureauRead, p => p.RequireRole(Roles.Bureau));
        options.AddPolicy(Duty, p => p.RequireRole(Roles.Duty));
        options.AddPolicy(Approver, p => p.RequireRole(Roles.Approver));
        options.AddPolicy(Author, p => p.RequireRole(Roles.Author));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Enterprise, p => p.RequireRole(Roles.Enterprise));
        options.AddPolicy(Inspector, p => p.RequireRole(Roles.Inspector));
        options.AddPolicy(Supervision, p => p.RequireRole([.. Roles.Bureau, Roles.Inspector]));
        options.AddPolicy(EvidenceRead, p => p.RequireRole([.. Roles.Bureau, Roles.Inspector, Roles.Enterprise]));
        options.AddPolicy(NoticeRead, p => p.RequireRole([.. Roles.Bureau, Roles.Enterprise]));
    }
}
