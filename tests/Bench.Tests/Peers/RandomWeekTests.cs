using EmergencyDSS.Bench.Runs;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Bench.Workload;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Bench.Tests.Peers;

/// <summary>
/// The peers against the engine on the shipped ruleset over rough weeks the generator's six scenarios never
/// draw: every district's AQI anywhere from clean to beyond red, ozone on any day, so regional floors, ozone
/// days, gaps and short dips meet in every combination.
/// </summary>
public sealed class RandomWeekTests
{
    private static readonly Lazy<RuleModel> Shipped = new(() => RulesetLocator.Compile(RulesetLocator.Find()));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Peers_RoughWeeksOnShippedRuleset_Agree(int seed)
    {
        var generated = WorkloadGenerator.Generate(Shipped.Value, 2_000, 41, seed);
        var random = new Random(seed);
        var forecast = generated.Forecast with
        {
            Days = [.. generated.Forecast.Days.Select(d => Rough(d, random))],
        };
        var contenders = new Contenders(generated with { Forecast = forecast });

        Assert.Empty(contenders.Differences());
        Assert.NotEmpty(contenders.RunHandwritten().Warnings);
    }

    private static ForecastDay Rough(ForecastDay day, Random random)
    {
        var aqi = random.Next(4) == 0 ? 40 + random.Next(110) : 140 + random.Next(240);
        var pollutant = random.Next(4) == 0 ? "O3" : random.Next(3) == 0 ? "PM10" : "PM2.5";
        return day with { Aqi = aqi, PrimaryPollutant = pollutant, Pm25 = Math.Round(aqi * 0.7, 1) };
    }
}
