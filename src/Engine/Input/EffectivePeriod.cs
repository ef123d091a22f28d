using System.Globalization;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Input;

/// <summary>A ruleset says when it is in force (<c>effective FROM .. TO</c>); a forecast for other days is judged by the wrong plan.</summary>
public static class EffectivePeriod
{
    /// <summary>Why <paramref name="forecast"/> lies outside the ruleset's effective period, or null when it lies inside (or the ruleset names none).</summary>
    public static string? Outside(RulesetHeader header, Forecast forecast)
    {
        if (forecast.Days.Count == 0 || (header.EffectiveFrom is null && header.EffectiveTo is null)) return null;
        var first = forecast.Days.Min(d => d.Date);
        var last = forecast.Days.Max(d => d.Date);
        var from = header.EffectiveFrom ?? DateOnly.MinValue;
        var to = header.EffectiveTo ?? DateOnly.MaxValue;
        if (first >= from && last <= to) return null;
        var period = $"{Text(header.EffectiveFrom)} .. {Text(header.EffectiveTo)}";
        var days = first == last ? Text(first) : $"{Text(first)} .. {Text(last)}";
        return $"the forecast's days {days} are outside the ruleset's effective period {period} (ruleset \"{header.Name}\" {header.Version})";
    }

    private static string Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
