using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Accounting;

/// <summary>
/// Reduction accounting (减排比例): per pollutant, the listed enterprises' cut against their baseline,
/// compared with the ruleset's target ratio; a shortfall is flagged before a warning goes out.
/// </summary>
internal static class ReductionAccounting
{
    /// <summary>Share of production a measure removes: stop 1, limit p/100, everything else 0.</summary>
    public static double CutFraction(MeasureDecision m) => m.Kind switch
    {
        "stop" => 1.0,
        "limit" => (m.Percent ?? 0) / 100.0,
        _ => 0.0,
    };

    public static IEnumerable<ReductionDecision> Account(string district, string level, IReadOnlyList<Enterprise> enterprises,
        IReadOnlyDictionary<string, MeasureDecision> production, IReadOnlyList<ReductionTarget> targets)
    {
        foreach (var pollutant in ForecastFields.EmissionPollutants)
        {
            var baseline = 0.0;
            var cut = 0.0;
            var contributors = new List<(string Id, double Cut)>();
            foreach (var e in enterprises)
            {
                var b = e.Baseline(pollutant);
                baseline += b;
                if (!production.TryGetValue(e.Id, out var m)) continue;
                var c = b * CutFraction(m);
                if (c <= 0) continue;
                cut += c;
                contributors.Add((e.Id, c));
            }
            var required = targets.FirstOrDefault(t => t.Level == level && t.Pollutant == pollutant)?.Ratio ?? 0;
            var ratio = baseline > 0 ? cut / baseline : 0;
            yield return new ReductionDecision
            {
                District = district, Level = level, Pollutant = pollutant,
                BaselineT = Math.Round(baseline, 6), CutT = Math.Round(cut, 6), Ratio = Math.Round(ratio, 6),
                Required = required, Met = ratio + 1e-9 >= required,
                TopContributors = contributors.OrderByDescending(c => c.Cut).ThenBy(c => c.Id, StringComparer.Ordinal).Take(5).Select(c => c.Id).ToList(),
            };
        }
    }
}
