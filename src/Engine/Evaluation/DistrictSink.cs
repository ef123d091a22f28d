using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// Where the actions of one district's NRules session put its decisions. Sessions of different
/// districts run in parallel, each with its own sink; <see cref="DecisionProjection"/> merges them in
/// district order, so the output does not depend on which session finished first.
/// </summary>
internal sealed class DistrictSink
{
    public List<WarningDecision> Warnings { get; } = [];
    public List<AdvisoryDecision> Advisories { get; } = [];
    public List<RainfallRequestDecision> Rainfall { get; } = [];
    public List<ReductionDecision> Reductions { get; } = [];
    /// <summary>Zone and party measures.</summary>
    public List<MeasureDecision> OtherMeasures { get; } = [];
    public List<SiteDecision> Sites { get; } = [];
    public List<StaggeredDecision> Staggered { get; } = [];
    /// <summary>Per `enterprise-measures` firing, in firing order: the district's list and each enterprise's decision.</summary>
    public List<(DistrictEnterprises List, EnterpriseDecision[] Decisions)> Enterprises { get; } = [];
    /// <summary>The district's episodes in date order, as the episode rule derived them.</summary>
    public List<Episode> Episodes { get; } = [];
    public Dictionary<Episode, ReductionTally> Tallies { get; } = new(ReferenceEqualityComparer.Instance);

    public ReductionTally Tally(Episode episode)
    {
        if (!Tallies.TryGetValue(episode, out var tally)) Tallies[episode] = tally = new ReductionTally();
        return tally;
    }
}
