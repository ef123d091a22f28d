using System.Linq.Expressions;
using System.Reflection;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Actions;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using NRules.RuleModel;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// The NRules rules over a district's days once its episodes are known: named-party rules
/// `rule:NAME` (their `when` inlined into the condition, joined with the warnings in force of every
/// district) and staggering calendars `stagger:NAME`.
/// </summary>
internal static class CalendarRules
{
    private static readonly MethodInfo AnyDay = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(ForecastDay));

    public static IEnumerable<RuleShape> Shapes(PlanContext plan, ConditionCompiler conditions)
    {
        foreach (var (rule, when) in plan.Parties)
        {
            var named = PartyAction.NamedDistricts(rule.When);
            var series = Expression.Parameter(typeof(DistrictSeries), "series");
            var warnings = Expression.Parameter(typeof(IWarningLookup), "warnings");
            var day = Expression.Parameter(typeof(ForecastDay), "day");
            var holds = Expression.Lambda<Func<ForecastDay, bool>>(ParameterSwap.Inline(conditions.Lambda(rule.When), day, warnings), day);
            var someDay = Expression.Lambda<Func<IWarningLookup, DistrictSeries, bool>>(
                Expression.Call(AnyDay, Expression.Property(series, nameof(DistrictSeries.Days)), holds), warnings, series);
            yield return new RuleShape($"rule:{rule.Name}", Stage.NamedParties, rule.Source)
                .Match<SessionRun>("run")
                .Match<DistrictSeries>("series", RuleShape.Lambda<Func<DistrictSeries, bool>>(series => named.Count == 0 || named.Contains(series.District)))
                .Match<IWarningLookup>("warnings", someDay)
                .Then(RuleShape.Lambda<Action<IContext, SessionRun, DistrictSeries, IWarningLookup>>((ctx, run, series, warnings) =>
                    PartyAction.Fire(run, rule, when, series, (WarningLookup)warnings)));
        }
        foreach (var calendar in plan.Model.Staggering)
        {
            var industries = calendar.Industries.ToHashSet(StringComparer.Ordinal);
            yield return new RuleShape($"stagger:{calendar.Name}", Stage.Staggering, calendar.Source)
                .Match<SessionRun>("run")
                .Match<DistrictEnterprises>("enterprises", RuleShape.Lambda<Func<DistrictEnterprises, bool>>(enterprises => enterprises.Enterprises.Any(e => industries.Contains(e.Industry))))
                .Match<DistrictEpisodes>("episodes", RuleShape.Lambda<Func<DistrictEpisodes, DistrictEnterprises, bool>>((episodes, enterprises) => episodes.District == enterprises.District))
                .Then(RuleShape.Lambda<Action<IContext, SessionRun, DistrictEnterprises, DistrictEpisodes>>((ctx, run, enterprises, episodes) =>
                    StaggerAction.Fire(run, calendar, enterprises, episodes)));
        }
    }
}
