using System.Diagnostics;

namespace EmergencyDSS.Bench.Runs;

/// <summary>
/// The quick comparison: warm every implementation up, then time them in rounds (a full GC before each
/// sample), alternating the order each round so drift (other processes, thermal, GC state) falls on all alike. Ratios are taken per
/// round (a paired run) and summarised by their median.
/// </summary>
internal sealed class PairedRunner(Contenders contenders, TextWriter output)
{
    /// <summary>A sample shorter than this is dominated by timer and scheduling noise; short runs are batched.</summary>
    private static readonly TimeSpan MinSample = TimeSpan.FromMilliseconds(20);

    public IReadOnlyDictionary<string, List<double>> Measure(TimeSpan warmUp, TimeSpan budget, int minRounds, int maxRounds)
    {
        var all = contenders.All;
        var batch = all.ToDictionary(c => c.Name, c => Calibrate(c, warmUp / all.Count));
        var perCall = all.ToDictionary(c => c.Name, _ => new List<double>());
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < maxRounds && (round < minRounds || clock.Elapsed < budget); round++)
        {
            var order = round % 2 == 0 ? all : all.Reverse();
            foreach (var c in order)
            {
                // Each sample starts on a clean heap: an implementation pays for its own garbage, not the previous one's.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                perCall[c.Name].Add(Time(c, batch[c.Name]));
            }
        }
        foreach (var c in all)
            output.WriteLine($"  {c.Name,-12} {Sample.Of(perCall[c.Name]).Format("ms")}, batch {batch[c.Name]}, " +
                             $"allocated {AllocatedPerCall(c) / 1048576.0:0.0} MB/run");
        return perCall;
    }

    /// <summary>Median over rounds of numerator/denominator from the same round.</summary>
    public static Sample PairedRatio(IReadOnlyDictionary<string, List<double>> perCall, string numerator, string denominator) =>
        Sample.Of(perCall[numerator].Zip(perCall[denominator], (n, d) => n / d));

    private static int Calibrate(Contender c, TimeSpan warmUp)
    {
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (runs < 3 || clock.Elapsed < warmUp)
        {
            GC.KeepAlive(c.Run());
            runs++;
        }
        var single = Time(c, 1);
        return (int)Math.Clamp(Math.Ceiling(MinSample.TotalMilliseconds / Math.Max(single, 0.001)), 1, 1000);
    }

    private static double Time(Contender c, int batch)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < batch; i++) GC.KeepAlive(c.Run());
        return clock.Elapsed.TotalMilliseconds / batch;
    }

    private static long AllocatedPerCall(Contender c)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(c.Run());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
