using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Input;

namespace EmergencyDSS.Notices.Tests.Support;

/// <summary>The shipped sample city (samples/: 15,539 enterprises, sites) under one of its forecasts.</summary>
internal static class SampleCity
{
    private static readonly Lazy<CompiledPlan> Plan = new(() => CompiledPlan.Compile(Demo.Model));

    public static DecisionSet Evaluate(string forecastFile)
    {
        var samples = Path.Combine(Demo.RepoRoot(), "samples");
        var forecast = ForecastLoader.Load(Path.Combine(samples, forecastFile), Demo.Model);
        var enterprises = ReductionListLoader.Load(Path.Combine(samples, "enterprises.csv"), Demo.Model);
        var sites = SiteListLoader.Load(Path.Combine(samples, "sites.csv"), Demo.Model);
        Assert.Empty(forecast.Errors.Concat(enterprises.Errors).Concat(sites.Errors));
        return Plan.Value.Evaluate(forecast.Value!, enterprises.Value!, sites.Value!, forecast.Value!.IssuedAt);
    }
}
