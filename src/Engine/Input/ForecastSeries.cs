using System.Globalization;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Input;

/// <summary>
/// Checks each district's daily series as a whole. A day missing inside a series is an error: it would
/// join the days around it into "consecutive" days and merge episodes across it. A day before the issue
/// date is no forecast (it is past when the forecast is issued): it is left out, with a warning.
/// </summary>
internal static class ForecastSeries
{
    /// <param name="timeZone">the ruleset's zone (Asia/Shanghai for every Chinese plan): the issue date is a local date.</param>
    public static List<ForecastDay> Check(CsvTable table, List<ForecastDay> days, List<CsvRecord> rows, DateTimeOffset issuedAt, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var issueDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(issuedAt, zone).DateTime);
        var kept = new List<ForecastDay>(days.Count);
        var series = new Dictionary<string, List<(DateOnly Date, CsvRecord Row)>>(StringComparer.Ordinal);
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i].Date < issueDate)
            {
                table.Warn(rows[i], "date", $"{Text(days[i].Date)} is before the forecast's issue date {Text(issueDate)}; the row is left out");
                continue;
            }
            kept.Add(days[i]);
            if (!series.TryGetValue(days[i].District, out var list)) series[days[i].District] = list = [];
            list.Add((days[i].Date, rows[i]));
        }
        foreach (var (district, list) in series.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            list.Sort((a, b) => a.Date.CompareTo(b.Date));
            for (var i = 1; i < list.Count; i++)
            {
                var (before, after) = (list[i - 1].Date, list[i].Date);
                if (after.DayNumber - before.DayNumber <= 1) continue;
                var missing = after.DayNumber - before.DayNumber == 2
                    ? Text(before.AddDays(1))
                    : $"{Text(before.AddDays(1))} .. {Text(after.AddDays(-1))}";
                table.Error(list[i].Row, "date",
                    $"{district} has no forecast for {missing} (between {Text(before)} and {Text(after)}); a missing day would make the days around it count as consecutive — add the day, or end the series before it");
            }
        }
        return kept;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
