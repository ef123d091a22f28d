using EmergencyDSS.Bench.Peers.Shared;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;
using RulesEngine.Models;

namespace EmergencyDSS.Bench.Peers.RulesEngineWorkflow;

/// <summary>
/// Peer 2, the off-the-shelf choice: Microsoft RulesEngine 6.0.1 evaluates the triggers (one call per
/// district-day window) and the measure rules (one call per enterprise and level segment); the host code
/// applies precedence and stringency, as RulesEngine leaves conflict resolution to its caller. One
/// engine instance, workflows registered and compiled once.
/// </summary>
internal sealed class RulesEnginePlan
{
    private readonly string[] _levels;
    private readonly Dictionary<string, int> _levelNumber;
    private readonly RulesEngine.RulesEngine _engine;
    private readonly RegionalFloor _regional;
    private readonly EpisodeSplitter _splitter;
    private readonly MeasureChoice _choice;

    public RulesEnginePlan(RuleModel model)
    {
        _levels = [.. model.Levels.Where(l => !l.AdvisoryOnly).OrderBy(l => l.Rank).Select(l => l.Id)];
        _levelNumber = _levels.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i + 1);
        var settings = new ReSettings { UseFastExpressionCompiler = true, EnableScopedParams = true };
        _engine = new RulesEngine.RulesEngine([TriggerWorkflow.Build(), .. MeasureWorkflows.Build(model, _levels)], settings);
        _regional = new RegionalFloor(model);
        _splitter = new EpisodeSplitter(model.Episodes.LiftAfterHours, model.Episodes.AdvisoryOnlyPollutants.ToHashSet(), _levels);
        _choice = new MeasureChoice(_engine, _levels, model);
    }

    public async Task<PeerDecisions> EvaluateAsync(Forecast forecast, IReadOnlyList<Enterprise> enterprises)
    {
        var series = ForecastSeries.ByDistrict(forecast);
        foreach (var s in series.Values) await DayLevels(s);
        _regional.Apply(series, _levels.Length);
        var (warnings, byDistrict) = ForecastSeries.Episodes(series, _splitter);

        var measures = new List<PeerMeasure>();
        foreach (var e in enterprises)
        {
            if (!byDistrict.TryGetValue(e.District, out var own)) continue;
            foreach (var segment in own) measures.Add(await _choice.Decide(e, segment));
        }
        return new PeerDecisions(warnings, measures);
    }

    private async Task DayLevels(DistrictSeries s)
    {
        Array.Clear(s.Levels, 0, s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            var run = 1;
            while (run < 3 && i + run < s.Count && s.Dates[i + run].DayNumber == s.Dates[i].DayNumber + run) run++;
            var window = new DayWindow
            {
                A0 = s.Aqi[i], A1 = run > 1 ? s.Aqi[i + 1] : 0, A2 = run > 2 ? s.Aqi[i + 2] : 0, Run = run,
            };
            foreach (var result in await _engine.ExecuteAllRulesAsync(TriggerWorkflow.Name, new RuleParameter("w", window)))
            {
                if (!result.IsSuccess) continue;
                var level = _levelNumber[result.Rule.SuccessEvent];
                var days = (int)result.Rule.Properties["days"];
                for (var k = i; k < i + days; k++)
                    if (s.Levels[k] < level) s.Levels[k] = level;
            }
        }
    }
}
