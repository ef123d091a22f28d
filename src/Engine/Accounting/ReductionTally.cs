using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>Running totals of one episode's reduction accounting, filled as each enterprise's production measure is decided.</summary>
internal sealed class ReductionTally
{
    private readonly double[] _baseline = new double[4];
    private readonly double[] _cut = new double[4];
    private readonly List<(string Id, double Cut)>[] _top = [[], [], [], []];

    public void Add(Enterprise e, double cutFraction)
    {
        Add(0, e.Id, e.So2T, cutFraction);
        Add(1, e.Id, e.NoxT, cutFraction);
        Add(2, e.Id, e.PmT, cutFraction);
        Add(3, e.Id, e.VocsT, cutFraction);
    }

    private void Add(int p, string id, double baseline, double fraction)
    {
        _baseline[p] += baseline;
        var cut = baseline * fraction;
        if (cut <= 0) return;
        _cut[p] += cut;
        var top = _top[p];
        if (top.Count == 5 && cut <= top[^1].Cut) return;
        var at = top.FindIndex(t => cut > t.Cut || (cut == t.Cut && string.CompareOrdinal(id, t.Id) < 0));
        top.Insert(at < 0 ? top.Count : at, (id, cut));
        if (top.Count > 5) top.RemoveAt(5);
    }

    public IEnumerable<ReductionDecision> Rows(string district, string level, IReadOnlyList<ReductionTarget> targets)
    {
        for (var p = 0; p < 4; p++)
        {
            var pollutant = ForecastFields.EmissionPollutants[p];
            var required = targets.FirstOrDefault(t => t.Level == level && t.Pollutant == pollutant)?.Ratio ?? 0;
            var ratio = _baseline[p] > 0 ? _cut[p] / _baseline[p] : 0;
            yield return new ReductionDecision
            {
                District = district, Level = level, Pollutant = pollutant,
                BaselineT = Math.Round(_baseline[p], 6), CutT = Math.Round(_cut[p], 6), Ratio = Math.Round(ratio, 6),
                Required = required, Met = ratio + 1e-9 >= required, TopContributors = _top[p].Select(t => t.Id).ToList(),
            };
        }
    }
}
