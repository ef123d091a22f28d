namespace EmergencyDSS.Dsl.Binding;

/// <summary>
/// A `template` line's path, like an include, names a file below the ruleset's folder: relative, no `..`
/// segment, no drive, no control characters. (Symbolic links that lead out are refused where the file is opened.)
/// </summary>
internal static class TemplatePaths
{
    public static bool StaysInside(string path)
    {
        if (path.Length == 0 || path.Any(char.IsControl)) return false;
        if (path[0] is '/' or '\\' || path.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(path)) return false;
        return path.Split('/', '\\').All(segment => segment is not (".." or ""));
    }
}
