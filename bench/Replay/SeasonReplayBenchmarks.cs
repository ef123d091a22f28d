using BenchmarkDotNet.Attributes;
using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Engine.Sampling;
using EmergencyDSS.Notices;
using EmergencyDSS.Notices.Replay;

namespace EmergencyDSS.Bench.Replay;

/// <summary>
/// `dss replay` of the 90-day sample winter (`dss sample --season`, seed 2024) for the sample city (15,539 enterprises,
/// 2,000 sites) against chongqing-2024 (issue #16: target ≤ 10 s): 90 evaluations, each through the warning lifecycle
/// with the in-memory store, and the season tally. Ruleset, lists and forecasts are loaded once outside the measurement.
/// `dss bench --filter '*SeasonReplay*'`.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SeasonReplayBenchmarks
{
    private RuleModel _model = null!;
    private CompiledPlan _plan = null!;
    private NoticeRenderer _renderer = null!;
    private IReadOnlyList<Enterprise> _enterprises = null!;
    private IReadOnlyList<Site> _sites = null!;
    private List<(string Name, Forecast Forecast)> _season = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot();
        var ruleset = Path.Combine(root, "rulesets", "chongqing-2024.dss");
        _model = RulesetCompiler.CompileFile(ruleset).Model ?? throw new InvalidOperationException("chongqing-2024.dss does not compile");
        _plan = CompiledPlan.Compile(_model);
        _renderer = new NoticeRenderer(_model, Path.GetDirectoryName(ruleset)!);
        _enterprises = ReductionListLoader.Load(Path.Combine(root, "samples", "enterprises.csv"), _model).Value!;
        _sites = SiteListLoader.Load(Path.Combine(root, "samples", "sites.csv"), _model).Value!;
        _season = SampleGenerator.Season(90, 2024).Select(i => (i.Name, ForecastLoader.Parse(i.Csv, i.Name, _model).Value!)).ToList();
        var timeline = Replay();
        Console.WriteLine($"// {timeline.Issues.Count} forecasts, {timeline.Steps.Count} steps, {timeline.Steps.Sum(s => s.Notices.Count)} notices");
    }

    [Benchmark(Description = "replay of the 90-day sample winter, sample city")]
    public int ReplaySeason() => Replay().Steps.Count;

    private ReplayTimeline Replay() =>
        new SeasonReplay(_model, _plan, _renderer, _enterprises, _sites).RunAsync("chongqing-2024.dss", _season).GetAwaiter().GetResult();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EmergencyDSS.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EmergencyDSS.sln not found above the benchmark binaries");
    }
}
