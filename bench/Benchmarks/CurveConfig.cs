using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace EmergencyDSS.Bench.Benchmarks;

/// <summary>
/// One process per size, few but long iterations: a national-size RulesEngine run takes seconds, and
/// BenchmarkDotNet's default of dozens of iterations would take an hour.
/// </summary>
public sealed class CurveConfig : ManualConfig
{
    public CurveConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2)
            .WithIterationCount(7).WithId("curve"));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
