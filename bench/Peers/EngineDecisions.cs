using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Bench.Peers;

/// <summary>Our engine's decisions.json reduced to the compared shape (untimed: it runs only to check).</summary>
internal static class EngineDecisions
{
    public static PeerDecisions From(DecisionSet set)
    {
        var warnings = set.Warnings.Select(w => new PeerWarning(w.District, w.Level, w.Start, w.End, w.Pollutant, w.AdvisoryOnly));
        var measures = set.Measures
            .Where(m => m.TargetKind == "enterprise" && m.Category is "production" or "transport")
            .GroupBy(m => (m.Target, m.Start))
            .Select(Join);
        return new PeerDecisions(warnings, measures);
    }

    private static PeerMeasure Join(IEnumerable<MeasureDecision> pair)
    {
        var list = pair.ToList();
        var production = list.FirstOrDefault(m => m.Category == "production");
        var transport = list.FirstOrDefault(m => m.Category == "transport");
        var any = production ?? transport ?? throw new InvalidOperationException("empty measure group");
        // A target with only a transport measure shows up as production "(missing)", so the comparer reports it.
        return new PeerMeasure(any.Target, any.District, any.Level, Day(any.Start), LastDay(any.End),
            production?.Kind ?? "(missing)", production?.Kind == "limit" ? production.Percent : null,
            production?.Kind == "limit" ? production.Basis : null, transport?.Kind,
            transport?.Kind == "ban" ? transport.MinStandard : null);
    }

    private static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.DateTime);

    /// <summary>An episode ends at 00:00 after its last day.</summary>
    private static DateOnly LastDay(DateTimeOffset end) =>
        end.TimeOfDay == TimeSpan.Zero ? Day(end).AddDays(-1) : Day(end);
}
