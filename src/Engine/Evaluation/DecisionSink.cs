using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// Where firing rules put the session's outputs. Enterprise measures go into slots by the enterprise's
/// rank in the reduction list (<see cref="EnterpriseMeasureSlots"/>), so they come out ordered by id
/// without comparing strings.
/// </summary>
internal sealed class DecisionSink
{
    private EnterpriseMeasureSlots? _enterprises;

    /// <summary>Zone and party measures.</summary>
    public List<MeasureDecision> OtherMeasures { get; } = [];
    public List<SiteDecision> Sites { get; } = [];
    public List<StaggeredDecision> Staggered { get; } = [];
    public Dictionary<Episode, ReductionTally> Tallies { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The reduction list of this session (set before its facts are inserted).</summary>
    public ReductionIndex ReductionList { get; private set; } = null!;

    public EnterpriseMeasureSlots Enterprises => _enterprises ?? throw new InvalidOperationException("no reduction list in this session");

    /// <summary>The rulings of the list's profiles in this session.</summary>
    public ProfileRulingTable Rulings { get; private set; } = null!;

    public void UseReductionList(ReductionIndex index, Compilation.PlanContext plan)
    {
        ReductionList = index;
        _enterprises = new EnterpriseMeasureSlots(index.ById);
        Rulings = new ProfileRulingTable(plan, index);
    }

    public ReductionTally Tally(Episode episode)
    {
        if (!Tallies.TryGetValue(episode, out var tally)) Tallies[episode] = tally = new ReductionTally();
        return tally;
    }
}
