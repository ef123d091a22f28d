using BenchmarkDotNet.Attributes;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Notices;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// HTML + text + SMS notices for the sample city (15,539 enterprises, sites) under the red forecast (issue #4: target ≤ 1 s),
/// templates parsed once outside the measurement. `dotnet run -c Release --project bench -- --filter '*RenderBenchmarks*'`.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class RenderBenchmarks
{
    private NoticeRenderer _renderer = null!;
    private DecisionSet _decisions = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (model, rulesets, decisions) = CitySample.Build();
        _renderer = new NoticeRenderer(model, rulesets);
        _decisions = decisions;
        var notices = _renderer.RenderAll(decisions).Notices;
        Console.WriteLine($"// {notices.Count} notices, {notices.Count(n => n.TargetKind == "enterprise")} to enterprises");
    }

    [Benchmark(Description = "HTML+text+SMS, every notice of the sample city (red forecast)")]
    public int RenderCity() => _renderer.RenderAll(_decisions).Notices.Count;
}
