using BenchmarkDotNet.Attributes;
using EmergencyDSS.Bench.Runs;
using EmergencyDSS.Bench.Workload;

namespace EmergencyDSS.Bench.Benchmarks;

/// <summary>
/// The same decisions three ways at each size of the curve (the engine also with every measure read). Setup checks the answers are identical and
/// refuses to time different ones. Public because BenchmarkDotNet generates code against it.
/// </summary>
[Config(typeof(CurveConfig))]
public class EngineVsPeersBenchmarks
{
    private Contenders? _contenders;

    [Params(1_000, 15_539, 100_000, 500_000)]
    public int Enterprises { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var size = WorkloadSize.Curve.First(s => s.Enterprises == Enterprises);
        _contenders = new Contenders(BenchWorkloads.Source().At(size));
        var differences = _contenders.Differences();
        if (differences.Count > 0)
            throw new InvalidOperationException("the implementations disagree, nothing to time:\n" + string.Join("\n", differences));
    }

    [Benchmark(Baseline = true)]
    public object Handwritten() => Contender(Contenders.HandwrittenName).Run();

    [Benchmark]
    public object Engine() => Contender(Contenders.EngineName).Run();

    [Benchmark]
    public object EngineAndRead() => Contender(Contenders.EngineReadName).Run();

    [Benchmark]
    public object RulesEngine() => Contender(Contenders.RulesEngineName).Run();

    private Contender Contender(string name) =>
        (_contenders ?? throw new InvalidOperationException("GlobalSetup has not run"))[name];
}
