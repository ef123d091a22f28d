using System.Linq.Expressions;
using System.Reflection;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>What a compiled day condition may ask beyond the forecast day: warnings in force.</summary>
internal interface IWarningLookup
{
    /// <summary>Rank of the warning in force in <paramref name="district"/> on <paramref name="date"/> (0: none).</summary>
    int RankOn(string district, DateOnly date);

    /// <summary>Highest rank in force in any district of <paramref name="region"/> on <paramref name="date"/>.</summary>
    int RegionRankOn(string region, DateOnly date);
}

/// <summary>Compiles a rule-model <see cref="Condition"/> into a delegate with System.Linq.Expressions.</summary>
internal sealed class ConditionCompiler(IReadOnlyDictionary<string, int> levelRanks)
{
    private static readonly ParameterExpression Day = Expression.Parameter(typeof(ForecastDay), "day");
    private static readonly ParameterExpression Warnings = Expression.Parameter(typeof(IWarningLookup), "warnings");
    private static readonly MethodInfo RankOn = typeof(IWarningLookup).GetMethod(nameof(IWarningLookup.RankOn))!;
    private static readonly MethodInfo RegionRankOn = typeof(IWarningLookup).GetMethod(nameof(IWarningLookup.RegionRankOn))!;
    private static readonly MethodInfo SetContains = typeof(HashSet<string>).GetMethod(nameof(HashSet<string>.Contains))!;

    public Func<ForecastDay, IWarningLookup?, bool> Compile(Condition condition) => Lambda(condition).Compile();

    /// <summary>The condition as an expression tree over a day and the warnings in force (for NRules rule conditions).</summary>
    public Expression<Func<ForecastDay, IWarningLookup?, bool>> Lambda(Condition condition) =>
        Expression.Lambda<Func<ForecastDay, IWarningLookup?, bool>>(Build(condition), Day, Warnings);

    private Expression Build(Condition condition) => condition switch
    {
        Comparison c => Compare(c),
        InSet s => In(s),
        WarningAtLeast w => Warning(w),
        DateBetween d => Date(d),
        AndCondition a => a.Parts.Select(Build).DefaultIfEmpty(Expression.Constant(true)).Aggregate(Expression.AndAlso),
        OrCondition o => o.Parts.Select(Build).DefaultIfEmpty(Expression.Constant(false)).Aggregate(Expression.OrElse),
        NotCondition n => Expression.Not(Build(n.Inner)),
        _ => throw new InvalidOperationException($"condition {condition.GetType().Name} has no compiler"),
    };

    private static Expression Compare(Comparison c)
    {
        var property = Expression.Property(Day, PropertyName(c.Field));
        var value = Expression.Constant(c.Value);
        Expression Op(Expression left) => c.Op switch
        {
            CompareOp.Gt => Expression.GreaterThan(left, value),
            CompareOp.Ge => Expression.GreaterThanOrEqual(left, value),
            CompareOp.Lt => Expression.LessThan(left, value),
            CompareOp.Le => Expression.LessThanOrEqual(left, value),
            CompareOp.Eq => Expression.Equal(left, value),
            _ => Expression.NotEqual(left, value),
        };
        if (property.Type == typeof(int)) return Op(Expression.Convert(property, typeof(double)));
        // A missing optional value satisfies no comparison.
        return Expression.AndAlso(Expression.Property(property, "HasValue"), Op(Expression.Property(property, "Value")));
    }

    private static Expression In(InSet s)
    {
        var field = Expression.Property(Day, s.Field == "wind_dir" ? nameof(ForecastDay.WindDir) : nameof(ForecastDay.PrimaryPollutant));
        var set = Expression.Constant(new HashSet<string>(s.Values, StringComparer.Ordinal));
        return Expression.AndAlso(Expression.NotEqual(field, Expression.Constant(null, typeof(string))), Expression.Call(set, SetContains, field));
    }

    private Expression Warning(WarningAtLeast w)
    {
        var rank = Expression.Constant(levelRanks.GetValueOrDefault(w.Level, int.MaxValue));
        var date = Expression.Property(Day, nameof(ForecastDay.Date));
        Expression lookup = w.Region is not null
            ? Expression.Call(Warnings, RegionRankOn, Expression.Constant(w.Region), date)
            : Expression.Call(Warnings, RankOn, w.District is null ? Expression.Property(Day, nameof(ForecastDay.District)) : Expression.Constant(w.District), date);
        return Expression.AndAlso(Expression.NotEqual(Warnings, Expression.Constant(null, typeof(IWarningLookup))), Expression.GreaterThanOrEqual(lookup, rank));
    }

    private static Expression Date(DateBetween d)
    {
        var date = Expression.Property(Day, nameof(ForecastDay.Date));
        if (!d.Yearly)
        {
            var n = Expression.Property(date, nameof(DateOnly.DayNumber));
            return Expression.AndAlso(Expression.GreaterThanOrEqual(n, Expression.Constant(d.From.DayNumber)), Expression.LessThanOrEqual(n, Expression.Constant(d.To.DayNumber)));
        }
        var key = Expression.Add(Expression.Multiply(Expression.Property(date, nameof(DateOnly.Month)), Expression.Constant(100)), Expression.Property(date, nameof(DateOnly.Day)));
        var from = Expression.Constant(d.From.Month * 100 + d.From.Day);
        var to = Expression.Constant(d.To.Month * 100 + d.To.Day);
        return d.From.Month * 100 + d.From.Day <= d.To.Month * 100 + d.To.Day
            ? Expression.AndAlso(Expression.GreaterThanOrEqual(key, from), Expression.LessThanOrEqual(key, to))
            : Expression.OrElse(Expression.GreaterThanOrEqual(key, from), Expression.LessThanOrEqual(key, to));
    }

    private static string PropertyName(string field) => field switch
    {
        "aqi" => nameof(ForecastDay.Aqi),
        "pm25" => nameof(ForecastDay.Pm25),
        "pm10" => nameof(ForecastDay.Pm10),
        "o3_8h" => nameof(ForecastDay.O3_8h),
        "no2" => nameof(ForecastDay.No2),
        "so2" => nameof(ForecastDay.So2),
        "co" => nameof(ForecastDay.Co),
        "rh" => nameof(ForecastDay.Rh),
        "cloud_cover" => nameof(ForecastDay.CloudCover),
        "precip_prob" => nameof(ForecastDay.PrecipProb),
        "wind_speed" => nameof(ForecastDay.WindSpeed),
        _ => throw new InvalidOperationException($"`{field}` is not a numeric forecast field"),
    };
}
