using System.Globalization;
using System.Text.Json;

namespace EmergencyDSS.Web.Portal;

/// <summary>
/// One of an enterprise's measures from decisions.json, with its exact period (the decisions' start and end times,
/// shown in Asia/Shanghai as the notices state them). A row whose times cannot be read is left out, never a crash.
/// </summary>
internal sealed record MeasureLine(string Level, string Category, string Kind, int? Percent, DateTimeOffset Start, DateTimeOffset End)
{
    public string Period => $"{Local(Start)}起至{Local(End)}止";

    private static string Local(DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, Scheduler.ShanghaiTime.Zone).ToString("yyyy年M月d日H时", CultureInfo.InvariantCulture);

    public string What => Labels.Measure(Kind) + (Percent is { } p && Kind == "limit" ? $"（限产{p}%）" : "");

    public static IReadOnlyList<MeasureLine> FromDecisions(string? json, string creditCode)
    {
        if (json is null) return [];
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("measures", out var measures) || measures.ValueKind != JsonValueKind.Array) return [];
        string S(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        return measures.EnumerateArray()
            .Where(m => S(m, "target_kind") == "enterprise" && S(m, "target") == creditCode)
            .Select(m => (Row: m, Start: Time(S(m, "start")), End: Time(S(m, "end"))))
            .Where(m => m.Start is not null && m.End is not null)
            .Select(m => new MeasureLine(S(m.Row, "level"), S(m.Row, "category"), S(m.Row, "kind"),
                m.Row.TryGetProperty("percent", out var p) && p.ValueKind == JsonValueKind.Number ? (int)Math.Round(p.GetDouble()) : null, m.Start!.Value, m.End!.Value))
            .OrderBy(m => m.Start).ThenBy(m => m.Category, StringComparer.Ordinal).ToList();
    }

    /// <summary>A decisions.json time: an ISO timestamp with offset, or a bare date (its 00:00 in Asia/Shanghai).</summary>
    private static DateTimeOffset? Time(string text) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)) : null;
}
