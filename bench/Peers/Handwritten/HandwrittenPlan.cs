using EmergencyDSS.Bench.Peers.Shared;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Bench.Peers.Handwritten;

/// <summary>
/// Peer 1, the practical lower bound: what a careful engineer writes without any engine. Triggers
/// are coded by hand; tables, regions and policies are read from the rule model into dictionaries
/// once, here.
/// </summary>
internal sealed class HandwrittenPlan
{
    private readonly string[] _levels;
    private readonly int[] _nationalToLevel;
    private readonly RegionalFloor _regional;
    private readonly EpisodeSplitter _splitter;
    private readonly EnterpriseRules _enterprises;

    public HandwrittenPlan(RuleModel model)
    {
        _levels = [.. model.Levels.Where(l => !l.AdvisoryOnly).OrderBy(l => l.Rank).Select(l => l.Id)];
        // The hand-coded triggers speak yellow/orange/red; map them to this plan's level numbers.
        _nationalToLevel = [0, .. new[] { "yellow", "orange", "red" }.Select(id =>
            Array.IndexOf(_levels, id) is var at and >= 0 ? at + 1
                : throw new ArgumentException($"the hand-written peer needs level `{id}` in the ruleset", nameof(model)))];
        _regional = new RegionalFloor(model);
        _splitter = new EpisodeSplitter(model.Episodes.LiftAfterHours, model.Episodes.AdvisoryOnlyPollutants.ToHashSet(), _levels);
        _enterprises = new EnterpriseRules(model, new LevelOrder(_levels, model.Episodes.Cumulative));
    }

    public PeerDecisions Evaluate(Forecast forecast, IReadOnlyList<Enterprise> enterprises)
    {
        var series = ForecastSeries.ByDistrict(forecast);
        foreach (var s in series.Values)
        {
            NationalTriggers.DayLevels(s.Dates.AsSpan(0, s.Count), s.Aqi.AsSpan(0, s.Count), s.Levels.AsSpan(0, s.Count));
            for (var i = 0; i < s.Count; i++) s.Levels[i] = _nationalToLevel[s.Levels[i]];
        }
        _regional.Apply(series, _levels.Length);
        var (warnings, byDistrict) = ForecastSeries.Episodes(series, _splitter);

        var measures = new List<PeerMeasure>();
        foreach (var e in enterprises)
        {
            if (!byDistrict.TryGetValue(e.District, out var own)) continue;
            foreach (var segment in own) measures.Add(_enterprises.Decide(e, segment));
        }
        return new PeerDecisions(warnings, measures);
    }
}
