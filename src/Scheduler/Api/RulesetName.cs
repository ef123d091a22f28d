namespace EmergencyDSS.Scheduler.Api;

/// <summary>
/// The <c>?name=</c> of a ruleset upload: a plain file name (it appears in every diagnostic and is joined to the
/// ruleset folder), at most <see cref="MaxLength"/> characters, ending in <c>.dss</c>.
/// </summary>
internal static class RulesetName
{
    public const int MaxLength = 100;

    /// <summary>Why the name is refused, or null (no name at all is fine: the upload is called uploaded.dss).</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        if (name.Length > MaxLength) return $"?name= is {name.Length} characters long; a ruleset name has at most {MaxLength}";
        if (name.Any(c => char.IsControl(c) || c is '/' or '\\' or ':') || name.StartsWith('.'))
            return "?name= must be a plain file name (no folders, no control characters, not starting with a dot)";
        if (!name.EndsWith(".dss", StringComparison.Ordinal)) return "?name= must end in .dss";
        return null;
    }
}
