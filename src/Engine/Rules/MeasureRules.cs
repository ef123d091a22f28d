using System.Linq.Expressions;
using System.Reflection;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Actions;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using NRules.RuleModel;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// The NRules rules that fire per episode of a district: `enterprise-measures` (pre-resolved rulings
/// applied to the district's reduction list), `construction:NAME`, `traffic:NAME`, `advisory:NAME`,
/// `rainfall:NAME` (its weather gate inlined into the condition), and `accounting` last.
/// </summary>
internal static class MeasureRules
{
    private static readonly MethodInfo AnyDay = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(ForecastDay));

    public static IEnumerable<RuleShape> Shapes(PlanContext plan, ConditionCompiler conditions)
    {
        yield return new RuleShape("enterprise-measures", Stage.Measures, null)
            .Match<SessionRun>("run")
            .Match<Episode>("episode")
            .Match<DistrictEnterprises>("enterprises", RuleShape.Lambda<Func<DistrictEnterprises, Episode, bool>>((enterprises, episode) => enterprises.District == episode.District))
            .Then(RuleShape.Lambda<Action<IContext, SessionRun, Episode, DistrictEnterprises>>((ctx, run, episode, enterprises) => EnterpriseMeasureAction.Fire(run, episode, enterprises)));
        foreach (var rule in plan.Model.Construction)
        {
            var at = AppliesAt(plan, rule.Levels);
            yield return new RuleShape($"construction:{rule.Name}", Stage.Measures, rule.Source)
                .Match<SessionRun>("run")
                .Match<Episode>("episode", RuleShape.Lambda<Func<Episode, bool>>(episode => !episode.AdvisoryOnly && at[episode.Rank]))
                .Match<DistrictSites>("sites", RuleShape.Lambda<Func<DistrictSites, Episode, bool>>((sites, episode) => sites.District == episode.District))
                .Then(RuleShape.Lambda<Action<IContext, SessionRun, Episode, DistrictSites>>((ctx, run, episode, sites) => ConstructionAction.Fire(run, rule, episode, sites)));
        }
        // Standing rules (no levels) are not warning measures: StandingRules lists them.
        foreach (var rule in plan.Model.Traffic.Where(t => t.Levels.Count > 0))
        {
            if (plan.Model.Zones.FirstOrDefault(z => z.Name == rule.Zone) is not { } zone) continue;
            var at = AppliesAt(plan, rule.Levels);
            var districts = zone.Districts.ToHashSet(StringComparer.Ordinal);
            var from = rule.EffectiveFrom ?? DateOnly.MinValue;
            yield return new RuleShape($"traffic:{rule.Name}", Stage.Measures, rule.Source)
                .Match<SessionRun>("run")
                .Match<Episode>("episode", RuleShape.Lambda<Func<Episode, bool>>(episode => !episode.AdvisoryOnly && at[episode.Rank] && districts.Contains(episode.District) && episode.End >= from))
                .Then(RuleShape.Lambda<Action<IContext, SessionRun, Episode>>((ctx, run, episode) => TrafficAction.Ban(run, rule, zone, episode)));
        }
        foreach (var (district, neighbour) in JointResponseAction.Links(plan.Model))
            yield return new RuleShape(JointResponseAction.RuleId(district, neighbour), Stage.Measures, null)
                .Match<SessionRun>("run")
                .Match<Episode>("episode", RuleShape.Lambda<Func<Episode, bool>>(episode => !episode.AdvisoryOnly && episode.District == district))
                .Then(RuleShape.Lambda<Action<IContext, SessionRun, Episode>>((ctx, run, episode) => JointResponseAction.Fire(run, neighbour, episode)));
        foreach (var advisory in plan.Model.Advisories)
        {
            var at = AppliesAt(plan, advisory.Levels);
            var pollutants = advisory.Pollutants.ToHashSet(StringComparer.Ordinal);
            yield return new RuleShape($"advisory:{advisory.Name}", Stage.Measures, advisory.Source)
                .Match<SessionRun>("run")
                .Match<Episode>("episode", RuleShape.Lambda<Func<Episode, bool>>(episode => at[episode.Rank] && (pollutants.Count == 0 || pollutants.Contains(episode.Pollutant))))
                .Then(RuleShape.Lambda<Action<IContext, SessionRun, Episode>>((ctx, run, episode) => TrafficAction.Advise(run, advisory, episode)));
        }
        foreach (var (rule, weather) in plan.Rainfall)
        {
            var at = AppliesAt(plan, rule.Levels);
            var episode = Expression.Parameter(typeof(Episode), "episode");
            var gate = RuleShape.Lambda<Func<Episode, bool>>(e => !e.AdvisoryOnly && at[e.Rank]);
            var day = Expression.Parameter(typeof(ForecastDay), "day");
            var holds = Expression.Lambda<Func<ForecastDay, bool>>(
                ParameterSwap.Inline(conditions.Lambda(rule.Weather), day, Expression.Constant(null, typeof(IWarningLookup))), day);
            var condition = Expression.Lambda<Func<Episode, bool>>(Expression.AndAlso(ParameterSwap.Inline(gate, episode),
                Expression.Call(AnyDay, Expression.Property(episode, nameof(Episode.Days)), holds)), episode);
            yield return new RuleShape($"rainfall:{rule.Name}", Stage.Measures, rule.Source)
                .Match<SessionRun>("run")
                .Match<Episode>("episode", condition)
                .Then(RuleShape.Lambda<Action<IContext, SessionRun, Episode>>((ctx, run, episode) => RainfallAction.Fire(run, rule, weather, episode)));
        }
        yield return new RuleShape("accounting", Stage.Accounting, null)
            .Match<SessionRun>("run")
            .Match<Episode>("episode")
            .Then(RuleShape.Lambda<Action<IContext, SessionRun, Episode>>((ctx, run, episode) => AccountingAction.Fire(run, episode)));
    }

    /// <summary>Whether measures listed for <paramref name="levels"/> apply at each episode rank (index 0 unused).</summary>
    internal static bool[] AppliesAt(PlanContext plan, IReadOnlyList<string> levels) =>
        [.. Enumerable.Range(0, plan.MaxRank + 1).Select(rank => rank > 0 && plan.Applies(levels, rank))];
}
