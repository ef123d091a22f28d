using System.Globalization;
using System.Text.Json;

namespace EmergencyDSS.Web.Portal;

/// <summary>
/// One of an enterprise's measures from decisions.json, with its exact period: a measure's days run from
/// 00:00 of its first day to 24:00 of its last (Asia/Shanghai), as the notices state them.
/// </summary>
internal sealed record MeasureLine(string Level, string Category, string Kind, int? Percent, DateOnly Start, DateOnly End, string Because)
{
    public string Period => $"{Start:yyyy年M月d日} 0时起至 {End:yyyy年M月d日} 24时止";

    public string What => Labels.Measure(Kind) + (Percent is { } p && Kind == "limit" ? $"（限产{p}%）" : "");

    public static IReadOnlyList<MeasureLine> FromDecisions(string? json, string creditCode)
    {
        if (json is null) return [];
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("measures", out var measures) || measures.ValueKind != JsonValueKind.Array) return [];
        string S(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        return measures.EnumerateArray()
            .Where(m => S(m, "target_kind") == "enterprise" && S(m, "target") == creditCode)
            .Select(m => new MeasureLine(S(m, "level"), S(m, "category"), S(m, "kind"),
                m.TryGetProperty("percent", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null,
                DateOnly.ParseExact(S(m, "start"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(S(m, "end"), "yyyy-MM-dd", CultureInfo.InvariantCulture), S(m, "because")))
            .OrderBy(m => m.Start).ThenBy(m => m.Category, StringComparer.Ordinal).ToList();
    }
}
