using BenchmarkDotNet.Running;
using EmergencyDSS.Bench.Runs;
using EmergencyDSS.Bench.Workload;

namespace EmergencyDSS.Bench;

/// <summary>
/// `verify` checks the implementations agree; `quick` runs the paired comparison that ends with the
/// RATIO line; anything else goes to BenchmarkDotNet (`-- --filter '*'`).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["verify", ..])
        {
            var contenders = new Contenders(WorkloadGenerator.Generate(ReferencePlan.Build(), 15_539, 41));
            var differences = contenders.Differences();
            foreach (var d in differences) Console.WriteLine(d);
            var h = contenders.RunHandwritten();
            Console.WriteLine($"{contenders.Workload}: {h.Warnings.Count} warnings, {h.Measures.Count} measures, identical={differences.Count == 0}");
            foreach (var g in h.Measures.GroupBy(m => (m.Production, m.Transport)).OrderBy(g => g.Key.ToString()))
                Console.WriteLine($"  {g.Key}: {g.Count()}");
            return differences.Count == 0 ? 0 : 1;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
