using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Input;

namespace EmergencyDSS.Cli.Replay;

/// <summary>
/// The forecasts of a replay: a folder of forecast CSVs (one per issue, ordered by <c>issued_at</c>; two issues
/// at the same time are an error), or one file of observed daily values turned into perfect forecasts — an issue
/// every day at 16:00 for the seven days that follow, with the values that were observed.
/// </summary>
internal static class ForecastSequence
{
    public const int PerfectLead = 7;

    /// <param name="shown">The path as the user typed it (messages name it so).</param>
    public static (IReadOnlyList<(string Name, Forecast Forecast)> Forecasts, IReadOnlyList<string> Warnings) Load(string shown, string full, RuleModel model)
    {
        if (Directory.Exists(full)) return Folder(shown, full, model);
        if (!File.Exists(full)) throw new InputException([$"{shown}:1:1: no such folder or file of forecasts"]);
        var observed = Parse(shown, full, model);
        return (Perfect(Path.GetFileName(full), observed.Forecast), observed.Warnings);
    }

    private static (IReadOnlyList<(string, Forecast)>, IReadOnlyList<string>) Folder(string shown, string full, RuleModel model)
    {
        var files = Directory.EnumerateFiles(full, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InputException([$"{shown}:1:1: the folder holds no forecast (*.csv) files"]);
        var forecasts = new List<(string, Forecast)>();
        var errors = new List<string>();
        var warnings = new List<string>();
        var issuedBy = new Dictionary<DateTimeOffset, string>();
        foreach (var name in files)
        {
            var path = Path.Combine(shown, name!);
            var result = SafeParse(path, Path.Combine(full, name!), model);
            errors.AddRange(result.Errors);
            warnings.AddRange(result.Warnings);
            if (result.Value is not { } forecast) continue;
            if (issuedBy.TryGetValue(forecast.IssuedAt, out var other))
                errors.Add($"{path}:2:1: issued_at {forecast.IssuedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)} is the same as {other}'s; a sequence has one forecast per issue time");
            else issuedBy[forecast.IssuedAt] = path;
            forecasts.Add((name!, forecast));
        }
        if (errors.Count > 0) throw new InputException(errors);
        return (forecasts.OrderBy(f => f.Item2.IssuedAt).ToList(), warnings);
    }

    private static (Forecast Forecast, IReadOnlyList<string> Warnings) Parse(string shown, string full, RuleModel model)
    {
        var result = SafeParse(shown, full, model);
        if (result.Errors.Count > 0 || result.Value is null) throw new InputException(result.Errors.Count > 0 ? result.Errors : [$"{shown}:1:1: no forecast rows"]);
        return (result.Value, result.Warnings);
    }

    private static LoadResult<Forecast> SafeParse(string shown, string full, RuleModel model)
    {
        try
        {
            return ForecastLoader.Parse(File.ReadAllBytes(full), shown, model);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadResult<Forecast>(default, [$"{shown}:1:1: cannot be read ({e.Message})"], []);
        }
    }

    /// <summary>One issue per day from the day before the first observation to the day before the last, at 16:00, seeing the next seven days as observed.</summary>
    public static IReadOnlyList<(string Name, Forecast Forecast)> Perfect(string name, Forecast observed)
    {
        if (observed.Days.Count == 0) return [];
        var offset = observed.IssuedAt.Offset;
        var (first, last) = (observed.Days.Min(d => d.Date), observed.Days.Max(d => d.Date));
        var result = new List<(string, Forecast)>();
        for (var issue = first.AddDays(-1); issue < last; issue = issue.AddDays(1))
        {
            var day = issue;
            var days = observed.Days.Where(d => d.Date > day && d.Date <= day.AddDays(PerfectLead)).ToList();
            var at = new DateTimeOffset(issue.ToDateTime(new TimeOnly(16, 0)), offset);
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(observed.Sha256 + "|" + issue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            result.Add(($"{name}#{issue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", new Forecast { IssuedAt = at, Sha256 = sha, Days = days }));
        }
        return result;
    }
}
