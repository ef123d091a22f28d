using System.Globalization;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// Reads DSS_* settings. A malformed value stops start-up with a message naming the variable,
/// rather than silently falling back to a default the operator did not ask for.
/// </summary>
internal static class EnvironmentSetting
{
    public static Func<string, string?> Process { get; } = Environment.GetEnvironmentVariable;

    public static string? Text(Func<string, string?> read, string name)
    {
        var value = read(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public static int? Integer(Func<string, string?> read, string name, int min, int max)
    {
        var value = Text(read, name);
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        throw new InvalidOperationException(
            $"{name} must be a whole number from {min} to {max}, but it is `{value}`; fix or unset it.");
    }
}
