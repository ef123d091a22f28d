using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Bench.Profiling;

/// <summary>`profile`: a Stopwatch breakdown of engine evaluations by stage and by rule (dotnet-trace is not available here).</summary>
internal static class EngineProfile
{
    public static void Run(TextWriter output, Workload.Workload w, int rounds)
    {
        var plan = CompiledPlan.Compile(w.Model);
        plan.Evaluate(w.Forecast, w.Enterprises, w.Sites, w.Now);
        var profile = new SessionProfile();
        // Let tiered compilation reach its optimised code first: the timings are of steady state.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2)) plan.Evaluate(w.Forecast, w.Enterprises, w.Sites, w.Now);
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            profile.Lap("(gc between runs)");
            var set = plan.Evaluate(w.Forecast, w.Enterprises, w.Sites, w.Now, profile);
            // Not part of the evaluation: what a reader (decisions.json, notices) pays to compose every record.
            GC.KeepAlive(set.Measures.Count > 0 ? set.Measures[0] : null);
            profile.Lap("(read: compose every record)");
        }
        output.WriteLine($"NRules: creating a session from the factory takes {plan.SessionCreationMicroseconds(2000):0.0} µs");
        var total = profile.Stages.Where(s => !s.Key.StartsWith('(')).Sum(s => s.Value) / rounds;
        output.WriteLine($"engine stages, mean of {rounds} runs ({total:0.00} ms per run):");
        foreach (var (stage, ms) in profile.Stages.Where(s => !s.Key.StartsWith('(')))
            output.WriteLine($"  {stage,-30} {ms / rounds,8:0.00} ms  {ms / rounds / total,5:P0}");
        output.WriteLine($"  then reading every measure composes the records: {profile.Stages.GetValueOrDefault("(read: compose every record)") / rounds:0.00} ms per run");
        output.WriteLine("per rule, fire time per run:");
        foreach (var (rule, (ms, fired, allocated)) in profile.Rules.OrderByDescending(r => r.Value.Ms))
            output.WriteLine($"  {rule,-30} {ms / rounds,8:0.00} ms  ×{fired / rounds,-5} {allocated / rounds / 1024.0,9:0.0} KB");
    }
}
