namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>Turns a district or target into one safe path segment (no separators, no leading dot).</summary>
internal static class FileNames
{
    public static string Safe(string name)
    {
        var chars = name.Select(c => c is '/' or '\\' or '\0' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c).ToArray();
        var safe = new string(chars).Trim();
        return safe.Length == 0 || safe[0] == '.' ? "_" + safe : safe;
    }
}
