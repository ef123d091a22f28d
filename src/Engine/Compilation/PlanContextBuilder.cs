using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>
/// The rule model → <see cref="PlanContext"/>: levels by rank, triggers and conditions compiled from
/// expression trees, the decision tables pre-resolved into an index. A construct whose condition
/// cannot be compiled is reported with its place (<see cref="ShapeException"/>).
/// </summary>
internal static class PlanContextBuilder
{
    public static (PlanContext Context, ConditionCompiler Conditions) Build(RuleModel model)
    {
        var levels = model.Levels.OrderBy(l => l.Rank).ToList();
        var ranks = levels.Select((l, i) => (l.Id, Rank: i + 1)).ToDictionary(x => x.Id, x => x.Rank, StringComparer.Ordinal);
        var conditions = new ConditionCompiler(ranks);
        var byRank = new LevelModel?[levels.Count + 1];
        var triggers = new CompiledTrigger?[levels.Count + 1];
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            byRank[i + 1] = level;
            triggers[i + 1] = level.Trigger is { } t ? Guard($"level:{level.Id}", level.Source, () => CompiledTrigger.Compile(t, conditions)) : null;
        }
        var measures = new MeasureIndex(model, ranks);
        measures.Warm(ForecastFields.Grades, levels.Count);
        var context = new PlanContext
        {
            Model = model,
            LevelsByRank = byRank,
            Ranks = ranks,
            Triggers = triggers,
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(model.Header.TimeZone),
            RegionsOfDistrict = model.Regions.SelectMany(r => r.Districts.Select(d => (d, r.Name)))
                .GroupBy(x => x.d).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Name).ToList()),
            Measures = measures,
            Rainfall = model.Rainfall.Select(r => (r, Guard($"rainfall:{r.Name}", r.Source, () => conditions.Compile(r.Weather)))).ToList(),
            Parties = model.Rules.Select(r => (r, Guard($"rule:{r.Name}", r.Source, () => conditions.Compile(r.When)))).ToList(),
            AdvisoryOnlyPollutants = [.. model.Episodes.AdvisoryOnlyPollutants],
            StaggeredIndustries = [.. model.Staggering.SelectMany(s => s.Industries)],
        };
        return (context, conditions);
    }

    private static T Guard<T>(string rule, SourceRef? source, Func<T> compile)
    {
        try { return compile(); }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException) { throw new ShapeException(rule, source, e.Message); }
    }
}
