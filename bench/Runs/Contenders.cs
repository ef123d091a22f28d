using EmergencyDSS.Bench.Peers;
using EmergencyDSS.Bench.Peers.Handwritten;
using EmergencyDSS.Bench.Peers.RulesEngineWorkflow;
using EmergencyDSS.Engine.Compilation;

namespace EmergencyDSS.Bench.Runs;

/// <summary>The implementations under comparison, each set up once for a workload (setup is not timed).</summary>
internal sealed class Contenders
{
    public const string HandwrittenName = "handwritten";
    public const string RulesEngineName = "rulesengine";
    public const string EngineName = "engine";
    /// <summary>The engine, then every measure read: each target's record and explanation composed (what decisions.json or notices do next).</summary>
    public const string EngineReadName = "engine+read";

    public Workload.Workload Workload { get; }
    public IReadOnlyList<Contender> All { get; }

    public Contenders(Workload.Workload workload)
    {
        Workload = workload;
        var engine = CompiledPlan.Compile(workload.Model);
        var handwritten = new HandwrittenPlan(workload.Model);
        var rulesEngine = new RulesEnginePlan(workload.Model);
        All =
        [
            new Contender(EngineName, () => RunEngine(engine), () => EngineDecisions.From(RunEngine(engine))),
            new Contender(EngineReadName, () => ReadAll(RunEngine(engine)), () => EngineDecisions.From(RunEngine(engine))),
            new Contender(HandwrittenName, () => RunHandwritten(handwritten), () => RunHandwritten(handwritten)),
            new Contender(RulesEngineName, () => RunRulesEngine(rulesEngine), () => RunRulesEngine(rulesEngine)),
        ];
    }

    public Contender this[string name] => All.First(c => c.Name == name);

    public PeerDecisions RunHandwritten() => (PeerDecisions)this[HandwrittenName].Run();

    /// <summary>Runs every implementation once and lists the first differences against the hand-written one.</summary>
    public IReadOnlyList<string> Differences(int max = 10)
    {
        var reference = this[HandwrittenName].Decide();
        var differences = new List<string>();
        foreach (var other in All.Where(c => c.Name != HandwrittenName))
            differences.AddRange(DecisionComparer.Differences(HandwrittenName, reference, other.Name, other.Decide(), max - differences.Count));
        return differences;
    }

    private Engine.Evaluation.DecisionSet RunEngine(CompiledPlan plan) =>
        plan.Evaluate(Workload.Forecast, Workload.Enterprises, Workload.Sites, Workload.Now);

    /// <summary>Reads every measure (and staggered period) of the set, so the records are composed.</summary>
    private static Engine.Evaluation.DecisionSet ReadAll(Engine.Evaluation.DecisionSet set)
    {
        var read = 0;
        foreach (var m in set.Measures) read += m.Because.Length > 0 ? 1 : 0;
        foreach (var m in set.Staggered) read += m.Because.Length > 0 ? 1 : 0;
        return read == set.Measures.Count + set.Staggered.Count ? set : throw new InvalidOperationException("a measure without explanation");
    }

    private PeerDecisions RunHandwritten(HandwrittenPlan plan) => plan.Evaluate(Workload.Forecast, Workload.Enterprises);

    private PeerDecisions RunRulesEngine(RulesEnginePlan plan) =>
        plan.EvaluateAsync(Workload.Forecast, Workload.Enterprises).GetAwaiter().GetResult();
}
