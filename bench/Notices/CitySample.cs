using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Input;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// The shipped sample city (samples/enterprises.csv: 15,539 enterprises; sites.csv) under
/// samples/forecast-red.csv, evaluated once by the real engine against chongqing-2024.
/// </summary>
internal static class CitySample
{
    public const string Forecast = "forecast-red.csv";

    public static (RuleModel Model, string RulesetDirectory, DecisionSet Decisions) Build()
    {
        var root = RepoRoot();
        var rulesets = Path.Combine(root, "rulesets");
        var compilation = RulesetCompiler.CompileFile(Path.Combine(rulesets, "chongqing-2024.dss"));
        var model = compilation.Model ?? throw new InvalidOperationException(string.Join("\n", compilation.Diagnostics));
        var samples = Path.Combine(root, "samples");
        var forecast = Loaded(ForecastLoader.Load(Path.Combine(samples, Forecast), model));
        var enterprises = Loaded(ReductionListLoader.Load(Path.Combine(samples, "enterprises.csv"), model));
        var sites = Loaded(SiteListLoader.Load(Path.Combine(samples, "sites.csv"), model));
        var decisions = CompiledPlan.Compile(model).Evaluate(forecast, enterprises, sites, forecast.IssuedAt);
        return (model, rulesets, decisions);
    }

    private static T Loaded<T>(LoadResult<T> result) =>
        result.Value ?? throw new InvalidOperationException(string.Join("\n", result.Errors));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EmergencyDSS.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EmergencyDSS.sln not found above the benchmark binaries");
    }
}
