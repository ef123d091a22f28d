namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>
/// The roles of the bureau's accounts (one per account): admin (accounts, Dashboard), author (rulesets),
/// duty (forecasts, yellow warnings, deliveries), approver (orange/red warnings, ruleset activations),
/// auditor (reads everything, changes nothing), enterprise (its own notices, scoped to one credit code),
/// inspector (on-site checks of enterprises during episodes; reads the supervision and exposure lists).
/// </summary>
internal static class Roles
{
    public const string Admin = "admin";
    public const string Author = "author";
    public const string Duty = "duty";
    public const string Approver = "approver";
    public const string Auditor = "auditor";
    public const string Enterprise = "enterprise";
    public const string Inspector = "inspector";

    public static IReadOnlyList<string> All { get; } = [Admin, Author, Duty, Approver, Auditor, Enterprise, Inspector];

    /// <summary>The bureau's own staff: everyone but enterprises.</summary>
    public static IReadOnlyList<string> Bureau { get; } = [Admin, Author, Duty, Approver, Auditor];

    /// <summary>What the built-in bootstrap account (DSS_ADMIN_TOKEN) holds: every bureau role but auditor.</summary>
    public static IReadOnlyList<string> Bootstrap { get; } = [Admin, Author, Duty, Approver];

    /// <summary>Chinese names for the console.</summary>
    public static string Display(string role) => role switch
    {
        Admin => "系统管理员",
        Author => "规则编制人员",
        Duty => "值班人员",
        Approver => "审批人员",
        Auditor => "审计人员",
        Enterprise => "企业用户",
        Inspector => "现场检查人员",
        _ => role,
    };
}
