using System.Linq.Expressions;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Actions;
using EmergencyDSS.Engine.Evaluation.Derived;
using NRules.RuleModel;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// The NRules rules of warning levels, regional floors and episodes: `level:ID` per level with a
/// trigger, `regional:REGION` per regional warning rule (a collect aggregate over member districts'
/// day levels) and `episodes`.
/// </summary>
internal static class LevelRules
{
    public static IEnumerable<RuleShape> Shapes(PlanContext plan)
    {
        for (var rank = 1; rank <= plan.MaxRank; rank++)
        {
            if (plan.Triggers[rank] is not { } trigger) continue;
            var raise = rank;
            var level = plan.LevelsByRank[rank]!;
            yield return new RuleShape($"level:{level.Id}", Stage.DayLevels, level.Source)
                .Match<DistrictSeries>("series", RuleShape.Lambda<Func<DistrictSeries, bool>>(series => trigger.Covered(series.Days) != null))
                .Match<DistrictLevels>("levels", RuleShape.Lambda<Func<DistrictLevels, DistrictSeries, bool>>((levels, series) => levels.Series == series))
                .Then(RuleShape.Lambda<Action<IContext, DistrictSeries, DistrictLevels>>((ctx, series, levels) => levels.Raise(raise, trigger.Covered(series.Days)!)));
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in plan.Model.RegionalWarnings)
        {
            var members = plan.Model.Regions.First(r => r.Name == rule.Region).Districts.ToHashSet(StringComparer.Ordinal);
            var name = $"regional:{rule.Region}";
            for (var n = 2; !names.Add(name); n++) name = $"regional:{rule.Region}#{n}";
            yield return new RegionalShape(name, rule, members);
        }
        yield return new RuleShape("episodes", Stage.Episodes, null)
            .Match<SessionRun>("run")
            .Match<DistrictLevels>("levels")
            .Match<RegionalFloors>("floors", RuleShape.Lambda<Func<RegionalFloors, DistrictLevels, bool>>((floors, levels) => floors.District == levels.District))
            .Then(RuleShape.Lambda<Action<IContext, SessionRun, DistrictLevels, RegionalFloors>>((ctx, run, levels, floors) => EpisodeAction.Fire(ctx, run, levels, floors)));
    }
}
