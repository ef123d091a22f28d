using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>Running totals of one episode's reduction accounting, filled as each enterprise's production measure is decided.</summary>
internal sealed class ReductionTally
{
    private readonly double[] _baseline = new double[4];
    private readonly double[] _cut = new double[4];
    private readonly List<(string Id, double Cut)>[] _top = [[], [], [], []];

    /// <summary>Adds enterprise <paramref name="i"/> of <paramref name="district"/>, which cuts <paramref name="cutFraction"/> of its production.</summary>
    public void Add(DistrictEnterprises district, int i, double cutFraction)
    {
        var baselines = district.Baselines.AsSpan(4 * i, 4);
        for (var p = 0; p < 4; p++)
        {
            _baseline[p] += baselines[p];
            var cut = baselines[p] * cutFraction;
            if (cut <= 0) continue;
            _cut[p] += cut;
            var top = _top[p];
            if (top.Count == 5 && cut <= top[^1].Cut) continue;
            Rank(top, district.Enterprises[i].Id, cut);
        }
    }

    /// <summary>Keeps the five largest cuts, largest first (ties: smaller id first).</summary>
    private static void Rank(List<(string Id, double Cut)> top, string id, double cut)
    {
        var at = 0;
        while (at < top.Count && (cut < top[at].Cut || (cut == top[at].Cut && string.CompareOrdinal(id, top[at].Id) >= 0))) at++;
        top.Insert(at, (id, cut));
        if (top.Count > 5) top.RemoveAt(5);
    }

    /// <param name="totals">The district's whole-society emissions; a pollutant without one is measured against the listed enterprises.</param>
    public IEnumerable<ReductionDecision> Rows(string district, string level, IReadOnlyList<ReductionTarget> targets, IReadOnlyList<EmissionTotal> totals)
    {
        for (var p = 0; p < 4; p++)
        {
            var pollutant = ForecastFields.EmissionPollutants[p];
            var required = targets.FirstOrDefault(t => t.Level == level && t.Pollutant == pollutant)?.Ratio ?? 0;
            var whole = totals.FirstOrDefault(t => t.Pollutant == pollutant);
            var baseline = whole?.Tonnes ?? _baseline[p];
            var ratio = baseline > 0 ? _cut[p] / baseline : 0;
            yield return new ReductionDecision
            {
                District = district, Level = level, Pollutant = pollutant,
                BaselineT = Math.Round(baseline, 6), CutT = Math.Round(_cut[p], 6), Ratio = Math.Round(ratio, 6),
                Required = required, Met = ratio + 1e-9 >= required, TopContributors = _top[p].Select(t => t.Id).ToList(),
                Basis = whole is null ? null : "whole-society", ListedT = whole is null ? null : Math.Round(_baseline[p], 6),
            };
        }
    }
}
