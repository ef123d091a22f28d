using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// Scriban against the hand-built baseline over the same enterprise notices of the sample city (red
/// forecast), planned once outside the measurement: complete notices as NoticeRenderer.Render makes them
/// (HTML + text + SMS + hash, in parallel), and the template step alone (body + layout from prebuilt view
/// models, one thread). Setup refuses to run when any notice differs.
/// `dotnet run -c Release --project bench -- --filter '*RenderVsHandBuilt*'`; `render` is the quick paired version.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class RenderVsHandBuiltBenchmarks
{
    private RenderComparison _comparison = null!;
    private TemplateStep _step = null!;

    [GlobalSetup]
    public void Setup()
    {
        _comparison = RenderComparison.City();
        _step = new TemplateStep(_comparison);
        var bindings = _comparison.EveryBinding();
        var difference = RenderComparison.FirstDifference(_comparison.RunScriban(), _comparison.RunHandBuilt())
            ?? RenderComparison.FirstDifference(_comparison.RenderScriban(bindings), _comparison.RenderHandBuilt(bindings))
            ?? _step.FirstDifference();
        if (difference is not null) throw new InvalidOperationException("hand-built output differs from Scriban's: " + difference);
        Console.WriteLine($"// {_comparison.Plans.Count} enterprise notices ({_comparison.Subjects}), identical in every field");
    }

    [BenchmarkCategory("complete notices"), Benchmark(Baseline = true, Description = "Scriban: enterprise notices of the sample city")]
    public int Scriban() => _comparison.RunScriban().Count;

    [BenchmarkCategory("complete notices"), Benchmark(Description = "hand-built StringBuilder: the same notices")]
    public int HandBuilt() => _comparison.RunHandBuilt().Count;

    [BenchmarkCategory("template step"), Benchmark(Baseline = true, Description = "Scriban: body + layout only, one thread")]
    public string ScribanStep() => _step.Scriban();

    [BenchmarkCategory("template step"), Benchmark(Description = "hand-built: body + layout only, one thread")]
    public string HandBuiltStep() => _step.HandBuilt();
}
