using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;

namespace EmergencyDSS.Bench.Benchmarks;

/// <summary>
/// One process per size, 10 iterations of about 250 ms each: enough for medians with spread, while the
/// national-size RulesEngine case (over a second per run) keeps the whole suite to minutes, not an hour.
/// </summary>
public sealed class CurveConfig : ManualConfig
{
    public CurveConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId("curve"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Q1, BenchmarkDotNet.Columns.StatisticColumn.Q3);
    }
}
