using EmergencyDSS.Engine.Compilation;

namespace EmergencyDSS.Engine.Network;

/// <summary>
/// One evaluation: a working memory over the compiled network. Insert facts, then fire the agenda
/// until nothing new fires. Not thread-safe; one per evaluation.
/// </summary>
internal sealed class Session(RuleNetwork network, PlanContext plan, DateTimeOffset now)
{
    private readonly Agenda _agenda = new();

    public WorkingMemory Memory { get; } = new();

    /// <summary>The outputs the rules produce (decisions with their explanations).</summary>
    public Evaluation.DecisionSink Sink { get; } = new();

    public PlanContext Plan { get; } = plan;

    /// <summary>The injected clock.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>Adds a fact (indexed by <paramref name="key"/>) and matches every rule that starts from its type.</summary>
    public void Insert(object fact, string? key)
    {
        Memory.Add(fact, key);
        foreach (var rule in network.For(fact.GetType())) rule.Match(fact, Memory, _agenda);
    }

    /// <summary>Fires activations in salience order until the agenda is empty; returns how many fired.</summary>
    public int Fire(Evaluation.SessionProfile? profile = null)
    {
        var fired = 0;
        while (_agenda.TryPop(out var activation))
        {
            var start = profile is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            var allocated = profile is null ? 0 : Evaluation.SessionProfile.Allocated;
            activation.Rule.Fire(activation, this);
            profile?.Fired(activation.Rule.Name, start, allocated);
            fired++;
        }
        return fired;
    }
}
