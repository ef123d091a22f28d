using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation.Derived;

/// <summary>
/// The listed enterprises of one district, sorted by id, each with its rank in the whole list (for
/// output order) and its profile (<see cref="ReductionIndex"/>: enterprises of one profile get the same
/// decision in an episode; <see cref="ReductionIndex.OwnPlan"/> for those with their own 一厂一策 plan).
/// <see cref="Baselines"/> holds each enterprise's SO2, NOx, PM and VOCs baselines side by side
/// (<c>[4 * i .. 4 * i + 3]</c>), so accounting reads them in one sweep.
/// </summary>
internal sealed record DistrictEnterprises(string District, Enterprise[] Enterprises, int[] Ranks, int[] Profiles, double[] Baselines)
{
    public override string ToString() => $"{District} {Enterprises.Length} 家企业";
}
