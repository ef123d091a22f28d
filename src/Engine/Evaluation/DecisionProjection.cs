using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>The district sessions' sinks (in district order) and the regions session → the sorted, stable decision set.</summary>
internal static class DecisionProjection
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    public static DecisionSet Project(IReadOnlyList<DistrictSink> sinks, RegionRun regions, ReductionIndex list, RuleModel model, Forecast forecast)
    {
        var rank = model.Levels.ToDictionary(l => l.Id, l => l.Rank, Ordinal);
        var pollutantOrder = ForecastFields.EmissionPollutants.ToList();
        var staggered = sinks.SelectMany(s => s.Staggered).ToList();
        return new DecisionSet
        {
            Ruleset = new RulesetInfo(model.Header.Name, model.Header.Version, model.Header.Sha256 ?? ""),
            Forecast = new ForecastInfo(forecast.IssuedAt, forecast.Sha256),
            Levels = model.Levels.OrderBy(l => l.Rank).Select(l => l.Id).ToList(),
            Warnings = sinks.SelectMany(s => s.Warnings).OrderBy(w => w.District, Ordinal).ThenBy(w => w.Start).ToList(),
            Advisories = sinks.SelectMany(s => s.Advisories).OrderBy(a => a.District, Ordinal).ThenBy(a => a.Start)
                .ThenBy(a => a.Kind, Ordinal).ThenBy(a => a.Rule, Ordinal).ToList(),
            Measures = Measures(sinks, list),
            Reductions = sinks.SelectMany(s => s.Reductions).OrderBy(r => r.District, Ordinal)
                .ThenBy(r => rank.GetValueOrDefault(r.Level)).ThenBy(r => pollutantOrder.IndexOf(r.Pollutant)).ToList(),
            RainfallRequests = sinks.SelectMany(s => s.Rainfall).OrderBy(r => r.District, Ordinal).ThenBy(r => r.Date)
                .ThenBy(r => r.Rule, Ordinal).ToList(),
            RegionalWarnings = regions.Warnings.OrderBy(r => r.Region, Ordinal).ThenBy(r => r.Start).ToList(),
            Staggered = new ExpandedList<MeasureDecision>(staggered.Count, () => [.. Sort(staggered.Select(s => s.Record()))]),
            Standing = StandingRules.InForce(model, forecast),
        };
    }

    /// <summary>Enterprise measures (by id), then parties, sites and zones; the records are composed when first read.</summary>
    private static ExpandedList<MeasureDecision> Measures(IReadOnlyList<DistrictSink> sinks, ReductionIndex list)
    {
        var slots = new EnterpriseMeasureSlots(list.ById);
        foreach (var sink in sinks)
        foreach (var (district, decisions) in sink.Enterprises)
            for (var i = 0; i < decisions.Length; i++) slots.Add(district.Ranks[i], decisions[i]);
        var sites = sinks.SelectMany(s => s.Sites).ToList();
        var others = sinks.SelectMany(s => s.OtherMeasures).ToList();
        return new ExpandedList<MeasureDecision>(slots.Count + sites.Count + others.Count,
            () => slots.Expand(Sort([.. sites.Select(s => s.Record()), .. others])));
    }

    private static List<MeasureDecision> Sort(IEnumerable<MeasureDecision> measures) =>
        measures.OrderBy(m => m.TargetKind, Ordinal).ThenBy(m => m.Target, Ordinal).ThenBy(m => m.Start)
            .ThenBy(m => m.Category, Ordinal).ThenBy(m => m.District, Ordinal).ThenBy(m => m.Rule, Ordinal).ToList();
}
