using System.Diagnostics;
using EmergencyDSS.Bench.Workload;

namespace EmergencyDSS.Bench.Runs;

/// <summary>
/// `quick`: generate the workload (Chongqing size unless told), check the implementations agree, time
/// them in paired rounds and end with the one RATIO line CI greps. Exit 1 when the decisions differ.
/// </summary>
internal static class QuickRun
{
    public static int Run(TextWriter output, WorkloadSource source, WorkloadSize size, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var workload = source.At(size);
        output.WriteLine($"workload: {size} = {workload}; plan {workload.Model.Header.Name} {workload.Model.Header.Version} ({source.Describe}); seed {WorkloadSource.Seed}");
        var contenders = new Contenders(workload);
        var differences = contenders.Differences();
        var identical = differences.Count == 0;
        output.WriteLine(identical
            ? $"decisions: identical across {string.Join(", ", contenders.All.Select(c => c.Name))} " +
              $"({contenders.RunHandwritten().Warnings.Count} warnings, {contenders.RunHandwritten().Measures.Count} enterprise measures)"
            : "decisions DIFFER — first differences:");
        foreach (var d in differences) output.WriteLine("  " + d);

        output.WriteLine($"per run, median of paired rounds (budget {budget.TotalSeconds:0} s):");
        var perCall = new PairedRunner(contenders, output).Measure(TimeSpan.FromSeconds(6), budget, minRounds: 10, maxRounds: 400);
        output.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB; wall {clock.Elapsed.TotalSeconds:0} s");
        if (!perCall.ContainsKey(Contenders.EngineName))
        {
            output.WriteLine("dss bench: the engine is not part of this build, so there is no RATIO line");
            return 1;
        }
        var engineOverHand = PairedRunner.PairedRatio(perCall, Contenders.EngineName, Contenders.HandwrittenName);
        var peerOverEngine = PairedRunner.PairedRatio(perCall, Contenders.RulesEngineName, Contenders.EngineName);
        output.WriteLine($"  engine/handwritten    {engineOverHand.Format("×")}");
        if (perCall.ContainsKey(Contenders.EngineReadName))
            output.WriteLine($"  engine+read/handwritten {PairedRunner.PairedRatio(perCall, Contenders.EngineReadName, Contenders.HandwrittenName).Format("×")}");
        output.WriteLine($"  rulesengine/engine    {peerOverEngine.Format("×")}");
        NRulesFigures.Print(output, workload, Sample.Of(perCall[Contenders.EngineName]).Median);
        output.WriteLine($"RATIO engine/handwritten={engineOverHand.Median:0.00} rulesengine/engine={peerOverEngine.Median:0.0} identical={(identical ? "true" : "false")}");
        return identical ? 0 : 1;
    }
}
