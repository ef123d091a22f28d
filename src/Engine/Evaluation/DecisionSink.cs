using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// Where firing rules put the session's outputs. Enterprise measures carry an integer sort key (rank of
/// the enterprise id, start, category) so the decision set is ordered without comparing strings.
/// </summary>
internal sealed class DecisionSink
{
    public List<(long Rank, long Start, int Category, MeasureDecision Decision)> EnterpriseMeasures { get; } = new(1 << 14);
    public List<MeasureDecision> OtherMeasures { get; } = [];
    public List<MeasureDecision> Staggered { get; } = [];
    public Dictionary<Episode, ReductionTally> Tallies { get; } = new(ReferenceEqualityComparer.Instance);

    public void AddEnterprise(int rank, MeasureDecision decision) =>
        EnterpriseMeasures.Add((rank, decision.Start.UtcTicks, decision.Category == "production" ? 0 : 1, decision));

    public ReductionTally Tally(Episode episode)
    {
        if (!Tallies.TryGetValue(episode, out var tally)) Tallies[episode] = tally = new ReductionTally();
        return tally;
    }

    public List<MeasureDecision> SortedEnterpriseMeasures()
    {
        EnterpriseMeasures.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Category.CompareTo(b.Category));
        var result = new List<MeasureDecision>(EnterpriseMeasures.Count);
        foreach (var m in EnterpriseMeasures) result.Add(m.Decision);
        return result;
    }
}
