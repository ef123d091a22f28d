using EmergencyDSS.Bench.Peers;
using EmergencyDSS.Bench.Peers.Handwritten;
using EmergencyDSS.Bench.Peers.RulesEngineWorkflow;

namespace EmergencyDSS.Bench.Runs;

/// <summary>The implementations under comparison, each set up once for a plan (setup is not timed).</summary>
internal sealed class Contenders(Workload.Workload workload)
{
    public Workload.Workload Workload { get; } = workload;
    public HandwrittenPlan Handwritten { get; } = new(workload.Model);
    public RulesEnginePlan RulesEngine { get; } = new(workload.Model);

    public PeerDecisions RunHandwritten() => Handwritten.Evaluate(Workload.Forecast, Workload.Enterprises);

    public PeerDecisions RunRulesEngine() =>
        RulesEngine.EvaluateAsync(Workload.Forecast, Workload.Enterprises).GetAwaiter().GetResult();

    /// <summary>Runs every implementation once and lists the first differences against the hand-written one.</summary>
    public IReadOnlyList<string> Differences(int max = 10)
    {
        var handwritten = RunHandwritten();
        var differences = new List<string>(DecisionComparer.Differences("handwritten", handwritten, "rulesengine", RunRulesEngine(), max));
        return differences;
    }
}
