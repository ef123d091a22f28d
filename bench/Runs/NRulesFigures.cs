using System.Diagnostics;
using EmergencyDSS.Bench.Workload;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Bench.Runs;

/// <summary>
/// What NRules costs in the engine: how long each shipped ruleset takes to compile into a session
/// factory (warm: the second and later compilations in the process, median), how many rules fire in
/// one evaluation of the workload, and the engine's median time per run divided by those firings.
/// </summary>
internal static class NRulesFigures
{
    private static readonly string[] Shipped = ["rulesets/chongqing-2024.dss", "rulesets/chongqing-2022.dss", "rulesets/delhi-grap.dss"];

    public static void Print(TextWriter output, Workload.Workload workload, double engineMs)
    {
        var plan = CompiledPlan.Compile(workload.Model);
        var trace = new FiringTrace();
        plan.Evaluate(workload.Forecast, workload.Enterprises, workload.Sites, workload.Now, trace);
        var firings = trace.Firings.Count;
        output.WriteLine($"nrules: {plan.RuleNames.Count} rules; {firings} firings per evaluation; " +
                         $"{engineMs * 1000 / Math.Max(1, firings):0.0} µs per firing (engine median ÷ firings, everything included)");
        foreach (var relative in Shipped)
        {
            var model = RulesetLocator.Compile(RulesetLocator.Find(relative));
            CompiledPlan.Compile(model);
            var times = new List<double>();
            for (var i = 0; i < 7; i++)
            {
                var clock = Stopwatch.StartNew();
                CompiledPlan.Compile(model);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            output.WriteLine($"nrules: compile {relative} into a session factory: {Sample.Of(times).Format("ms")} warm");
        }
    }
}
