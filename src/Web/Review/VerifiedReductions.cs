using System.Text.Json;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Web.Review;

/// <summary>
/// The post-mortem's reductions, all in tonnes per year of baseline emissions (吨/年, the unit of the reduction list):
/// required = the ruleset's ratio × the district's baseline; planned = the episode's decided cut; verified = the planned
/// cut of the enterprises that on-site checks found to comply (every finding of the episode 已落实). 部分落实 counts
/// none of its cut: the check says some measures were missing, not how much was cut, so only a full finding verifies it.
/// </summary>
internal static class VerifiedReductions
{
    public static IReadOnlyList<PostMortem.Reduction> From(string? json, string district, IReadOnlyDictionary<string, Enterprise> enterprises,
        IReadOnlySet<string> complied)
    {
        if (json is null) return [];
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("reductions", out var all)) return [];
        // Each enterprise's share of production cut per level: stop 1, limit p/100 (the engine's own accounting).
        var fractions = new Dictionary<(string Target, string Level), double>();
        if (doc.RootElement.TryGetProperty("measures", out var measures))
            foreach (var m in measures.EnumerateArray().Where(m => S(m, "target_kind") == "enterprise" && S(m, "district") == district && S(m, "category") == "production"))
            {
                var fraction = S(m, "kind") switch { "stop" => 1.0, "limit" => D(m, "percent") / 100, _ => 0.0 };
                var key = (S(m, "target"), S(m, "level"));
                fractions[key] = Math.Max(fraction, fractions.GetValueOrDefault(key));
            }
        return all.EnumerateArray().Where(r => S(r, "district") == district).Select(r =>
        {
            var (level, pollutant) = (S(r, "level"), S(r, "pollutant"));
            var verified = fractions.Where(f => f.Key.Level == level && complied.Contains(f.Key.Target) && enterprises.ContainsKey(f.Key.Target))
                .Sum(f => enterprises[f.Key.Target].Baseline(pollutant) * f.Value);
            return new PostMortem.Reduction(level, pollutant, D(r, "required"), D(r, "ratio"), r.TryGetProperty("met", out var met) && met.ValueKind == JsonValueKind.True,
                D(r, "required") * D(r, "baseline_t"), D(r, "cut_t"), Math.Round(verified, 6));
        }).ToList();
    }

    private static double D(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;

    private static string S(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
