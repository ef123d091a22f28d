using System.Text.Json;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EmergencyDSS.Engine.Tests.Properties;

/// <summary>Monotonicity, order independence and determinism over generated cities.</summary>
public sealed class EngineProperties
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private static int Rank(string level) => level switch { "yellow" => 1, "orange" => 2, "red" => 3, _ => 0 };

    /// <summary>The level a district carries on a day: its warning's segment for that day (a warning whose level changes has a schedule).</summary>
    private static int DayRank(DecisionSet d, string district, DateOnly date) =>
        d.Warnings.Where(w => w.District == district && w.Start <= date && w.End >= date)
            .Select(w => Rank(w.Schedule?.FirstOrDefault(s => s.Start <= date && s.End >= date)?.Level ?? w.Level)).DefaultIfEmpty(0).Max();

    [Property(MaxTest = 60)]
    public Property RaisingAForecastValue_NeverLowersALevel_OrSoftensAMeasure(PositiveInt seed, NonNegativeInt dayIndex, PositiveInt raise)
    {
        // Without ozone days: raising AQI may merge episodes, and an ozone-majority episode is advisory-only by design.
        var (forecast, enterprises, sites) = Generated.City(seed.Get, ozone: false);
        var i = dayIndex.Get % forecast.Days.Count;
        var raised = forecast with { Days = [.. forecast.Days.Select((d, k) => k == i ? d with { Aqi = Math.Min(500, d.Aqi + raise.Get % 200) } : d)] };
        var before = Plans.Chongqing2024.Evaluate(forecast, enterprises, sites, Scenario.IssuedAt);
        var after = Plans.Chongqing2024.Evaluate(raised, enterprises, sites, Scenario.IssuedAt);
        var levelsHold = forecast.Days.All(d => DayRank(after, d.District, d.Date) >= DayRank(before, d.District, d.Date));
        // Day by day: a measure may be split into level segments after the raise, but no day of it gets a softer one.
        var measuresHold = before.Measures.Where(m => m.TargetKind == "enterprise" && m.Category == "production").All(m =>
        {
            for (var day = m.Start; day < m.End; day = day.AddDays(1))
            {
                var later = after.Measures.Where(x => x.Target == m.Target && x.Category == "production" && x.Start <= day && x.End > day).ToList();
                if (later.Count == 0 || !later.Any(x => Strictness(x) >= Strictness(m))) return false;
            }
            return true;
        });
        return (levelsHold && measuresHold).Label($"seed {seed.Get}, day {i}");
    }

    private static int Strictness(MeasureDecision m) => MeasureStringency.Of(new Measure
    {
        Kind = m.Kind switch { "stop" => MeasureKind.Stop, "limit" => MeasureKind.Limit, "self" => MeasureKind.Self, "exempt" => MeasureKind.Exempt, "stagger" => MeasureKind.Stagger, _ => MeasureKind.None },
        Percent = m.Percent,
    });

    [Property(MaxTest = 30)]
    public Property InputRowOrder_NeverChangesTheOutput(PositiveInt seed)
    {
        var (forecast, enterprises, sites) = Generated.City(seed.Get);
        var random = new Random(seed.Get);
        var shuffled = forecast with { Days = [.. forecast.Days.OrderBy(_ => random.Next())] };
        var a = Plans.Chongqing2024.Evaluate(forecast, enterprises, sites, Scenario.IssuedAt);
        var b = Plans.Chongqing2024.Evaluate(shuffled, [.. enterprises.OrderBy(_ => random.Next())], [.. sites.OrderBy(_ => random.Next())], Scenario.IssuedAt);
        return (JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json)).Label($"seed {seed.Get}");
    }

    [Fact]
    public void SameInputs_GiveIdenticalDecisions()
    {
        var (forecast, enterprises, sites) = Generated.City(7, 300);
        var a = JsonSerializer.Serialize(Plans.Chongqing2024.Evaluate(forecast, enterprises, sites, Scenario.IssuedAt), Json);
        var b = JsonSerializer.Serialize(Plans.Chongqing2024.Evaluate(forecast, enterprises, sites, Scenario.IssuedAt), Json);
        Assert.Equal(a, b);
        Assert.Contains("\"Warnings\":[{", a);
    }
}
