using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// Where firing rules put the session's outputs. Enterprise measures carry one long sort key: the rank
/// of the enterprise id, then the order they were decided in (episodes fire in date order, production
/// before transport), so the decision set is ordered without comparing strings.
/// </summary>
internal sealed class DecisionSink
{
    private readonly List<long> _keys = new(1 << 14);
    private readonly List<MeasureDecision> _enterpriseMeasures = new(1 << 14);

    public List<MeasureDecision> OtherMeasures { get; } = [];
    public List<MeasureDecision> Staggered { get; } = [];
    public Dictionary<Episode, ReductionTally> Tallies { get; } = new(ReferenceEqualityComparer.Instance);

    public void AddEnterprise(int rank, MeasureDecision decision)
    {
        _keys.Add(((long)rank << 32) | (uint)_keys.Count);
        _enterpriseMeasures.Add(decision);
    }

    public ReductionTally Tally(Episode episode)
    {
        if (!Tallies.TryGetValue(episode, out var tally)) Tallies[episode] = tally = new ReductionTally();
        return tally;
    }

    public MeasureDecision[] SortedEnterpriseMeasures()
    {
        var keys = _keys.ToArray();
        var items = _enterpriseMeasures.ToArray();
        Array.Sort(keys, items);
        return items;
    }
}
