using BenchmarkDotNet.Attributes;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// Scriban against the hand-built baseline over the same enterprise notices of the sample city (red
/// forecast): HTML + text + SMS + hash, planned once outside the measurement. Setup refuses to run when
/// any notice differs. `dotnet run -c Release --project bench -- --filter '*RenderVsHandBuilt*'`;
/// `render` is the quick paired version of the same comparison.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class RenderVsHandBuiltBenchmarks
{
    private RenderComparison _comparison = null!;

    [GlobalSetup]
    public void Setup()
    {
        _comparison = RenderComparison.City();
        var bindings = _comparison.EveryBinding();
        var difference = RenderComparison.FirstDifference(_comparison.RunScriban(), _comparison.RunHandBuilt())
            ?? RenderComparison.FirstDifference(_comparison.RenderScriban(bindings), _comparison.RenderHandBuilt(bindings));
        if (difference is not null) throw new InvalidOperationException("hand-built output differs from Scriban's: " + difference);
        Console.WriteLine($"// {_comparison.Plans.Count} enterprise notices ({_comparison.Subjects}), identical in every field");
    }

    [Benchmark(Baseline = true, Description = "Scriban: enterprise notices of the sample city")]
    public int Scriban() => _comparison.RunScriban().Count;

    [Benchmark(Description = "hand-built StringBuilder: the same notices")]
    public int HandBuilt() => _comparison.RunHandBuilt().Count;
}
