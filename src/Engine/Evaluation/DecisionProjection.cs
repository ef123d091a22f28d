using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>Working memory after the session → the sorted, stable decision set.</summary>
internal static class DecisionProjection
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    public static DecisionSet Project(WorkingMemory memory, DecisionSink sink, RuleModel model, Forecast forecast)
    {
        var rank = model.Levels.ToDictionary(l => l.Id, l => l.Rank, Ordinal);
        var pollutantOrder = ForecastFields.EmissionPollutants.ToList();
        return new DecisionSet
        {
            Ruleset = new RulesetInfo(model.Header.Name, model.Header.Version, model.Header.Sha256 ?? ""),
            Forecast = new ForecastInfo(forecast.IssuedAt, forecast.Sha256),
            Levels = model.Levels.OrderBy(l => l.Rank).Select(l => l.Id).ToList(),
            Warnings = memory.Facts<WarningDecision>().OrderBy(w => w.District, Ordinal).ThenBy(w => w.Start).ToList(),
            Advisories = memory.Facts<AdvisoryDecision>().OrderBy(a => a.District, Ordinal).ThenBy(a => a.Start)
                .ThenBy(a => a.Kind, Ordinal).ThenBy(a => a.Rule, Ordinal).ToList(),
            Measures = Measures(sink),
            Reductions = memory.Facts<ReductionDecision>().OrderBy(r => r.District, Ordinal)
                .ThenBy(r => rank.GetValueOrDefault(r.Level)).ThenBy(r => pollutantOrder.IndexOf(r.Pollutant)).ToList(),
            RainfallRequests = memory.Facts<RainfallRequestDecision>().OrderBy(r => r.District, Ordinal).ThenBy(r => r.Date)
                .ThenBy(r => r.Rule, Ordinal).ToList(),
            RegionalWarnings = memory.Facts<RegionalWarningDecision>().OrderBy(r => r.Region, Ordinal).ThenBy(r => r.Start).ToList(),
            Staggered = new ExpandedList<MeasureDecision>(sink.Staggered.Count, () => [.. Sort(sink.Staggered.Select(s => s.Record()))]),
        };
    }

    /// <summary>Enterprise measures (by id), then parties, sites and zones; the records are composed when first read.</summary>
    private static ExpandedList<MeasureDecision> Measures(DecisionSink sink)
    {
        var slots = sink.Enterprises;
        return new ExpandedList<MeasureDecision>(slots.Count + sink.Sites.Count + sink.OtherMeasures.Count,
            () => slots.Expand(Sort([.. sink.Sites.Select(s => s.Record()), .. sink.OtherMeasures])));
    }

    private static List<MeasureDecision> Sort(IEnumerable<MeasureDecision> measures) =>
        measures.OrderBy(m => m.TargetKind, Ordinal).ThenBy(m => m.Target, Ordinal).ThenBy(m => m.Start)
            .ThenBy(m => m.Category, Ordinal).ThenBy(m => m.District, Ordinal).ThenBy(m => m.Rule, Ordinal).ToList();
}
