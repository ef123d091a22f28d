using System.Diagnostics;
using EmergencyDSS.Bench.Runs;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// `render [--seconds N]`: the enterprise notices of the sample city rendered by Scriban and by the
/// hand-built baseline. Refuses to time (exit 1, first difference printed) unless every notice is
/// identical in every field; then, for (1) complete notices as NoticeRenderer.Render makes them (two
/// thirds of the budget) and (2) the template step alone (one third), warms both up (~2 s) and times
/// paired rounds, alternating which goes first and collecting garbage before each timed call.
/// </summary>
internal static class RenderQuick
{
    public const string ScribanName = "scriban";
    public const string HandBuiltName = "hand-built";
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private const int MinRounds = 5;
    private const int MaxRounds = 500;

    public static int Run(TextWriter output, TimeSpan budget)
    {
        var wall = Stopwatch.StartNew();
        output.WriteLine($"load average {LoadAverage()} at start; {Environment.ProcessorCount} cores; {GCSettings()}");
        var comparison = RenderComparison.City();
        output.WriteLine($"sample city ({CitySample.Forecast}): {comparison.CityNotices} notices, {comparison.EnterpriseNotices} to enterprises; " +
                         $"compared: {comparison.Plans.Count} enterprise notices ({comparison.Subjects}); setup {wall.Elapsed.TotalSeconds:0.0} s");

        var difference = RenderComparison.FirstDifference(comparison.RunScriban(), comparison.RunHandBuilt());
        if (difference is not null)
        {
            output.WriteLine("hand-built output DIFFERS from Scriban's; refusing to time a benchmark of different answers:");
            output.WriteLine(difference);
            return 1;
        }
        var bindings = comparison.EveryBinding();
        difference = RenderComparison.FirstDifference(comparison.RenderScriban(bindings), comparison.RenderHandBuilt(bindings));
        if (difference is not null)
        {
            output.WriteLine("hand-built output DIFFERS from Scriban's for an (event, subject) the sample lacks; refusing to time:");
            output.WriteLine(difference);
            return 1;
        }
        output.WriteLine($"equality: all {comparison.Plans.Count} notices identical in every field (HTML, text, SMS, title, 文号, receipt code, sha256); " +
                         $"also {bindings.Count} relabelled notices, one per (event, subject) the baseline writes");

        var step = new TemplateStep(comparison);
        difference = step.FirstDifference();
        if (difference is not null)
        {
            output.WriteLine(difference + "; refusing to time");
            return 1;
        }

        var n = comparison.Plans.Count;
        output.WriteLine($"1) complete notices (HTML, text, SMS, hash; numbering, view model; Parallel.ForEach as NoticeRenderer), " +
                         $"one render of the {n} notices per round:");
        var whole = Paired(output, n, budget * 2 / 3, "render",
            [(ScribanName, () => comparison.RunScriban()), (HandBuiltName, () => comparison.RunHandBuilt())]);
        output.WriteLine($"2) template step only (body + layout from prebuilt view models, one thread), {step.Count} notices per round:");
        var engine = Paired(output, n, budget / 3, "pass",
            [(ScribanName, () => step.Scriban()), (HandBuiltName, () => step.HandBuilt())]);
        output.WriteLine($"load average {LoadAverage()} at end; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB; " +
                         $"wall {wall.Elapsed.TotalSeconds:0} s");
        output.WriteLine($"RENDER scriban/hand-built={whole.Median:0.00} template-step={engine.Median:0.00} notices={n} identical=true");
        return 0;
    }

    /// <summary>
    /// Warms both up (~2 s), then times paired rounds until the budget is spent, alternating which goes
    /// first and collecting garbage before each timed call; prints medians with p25–p75 and returns the
    /// per-round Scriban/hand-built ratio.
    /// </summary>
    private static Sample Paired(TextWriter output, int notices, TimeSpan budget, string unit, (string Name, Func<object> Run)[] contenders)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 4 || warm.Elapsed < WarmUp; i++) GC.KeepAlive(contenders[i % 2].Run());
        var allocated = contenders.ToDictionary(c => c.Name, c => Allocated(c.Run));

        var times = contenders.ToDictionary(c => c.Name, _ => new List<double>());
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < MaxRounds && (round < MinRounds || clock.Elapsed < budget); round++)
            foreach (var (name, run) in round % 2 == 0 ? contenders : contenders.Reverse())
            {
                Collect();
                var timer = Stopwatch.StartNew();
                GC.KeepAlive(run());
                times[name].Add(timer.Elapsed.TotalMilliseconds);
            }

        output.WriteLine($"   {times[ScribanName].Count} paired rounds in {clock.Elapsed.TotalSeconds:0} s (median, p25–p75):");
        foreach (var (name, _) in contenders)
        {
            var ms = Sample.Of(times[name]);
            var rate = Sample.Of(times[name].Select(t => notices / (t / 1000)));
            var perNotice = Sample.Of(times[name].Select(t => t * 1000 / notices));
            output.WriteLine($"  {name,-10} {ms.Median,8:0.0} ms ({ms.P25:0.0}–{ms.P75:0.0})  " +
                             $"{rate.Median,9:#,0} notices/s ({rate.P25:#,0}–{rate.P75:#,0})  " +
                             $"{perNotice.Median,5:0.0} µs/notice  allocated {allocated[name] / 1048576.0:0} MB/{unit}");
        }
        var ratio = Sample.Of(times[ScribanName].Zip(times[HandBuiltName], (s, h) => s / h));
        output.WriteLine($"  {ScribanName}/{HandBuiltName} {ratio.Median:0.00}× ({ratio.P25:0.00}–{ratio.P75:0.00}), paired per round");
        return ratio;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Bytes allocated by one render on every thread (both paths render in parallel).</summary>
    private static long Allocated(Func<object> run)
    {
        Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        GC.KeepAlive(run());
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static string GCSettings() =>
        System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
