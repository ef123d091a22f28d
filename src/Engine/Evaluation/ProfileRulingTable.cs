using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// One session's rulings by (level, profile number of the reduction list): the kept rulings of
/// <see cref="EnterpriseRulings"/> looked up once per pair instead of once per episode and profile.
/// Profiles of calendared industries depend on the episode's dates, so they are looked up each time.
/// </summary>
internal sealed class ProfileRulingTable(PlanContext plan, ReductionIndex list)
{
    private readonly EnterpriseRuling?[] _rulings = new EnterpriseRuling?[(plan.MaxRank + 1) * list.ProfileCount];
    private readonly bool[] _calendared = [.. list.ProfileIndustries.Select(plan.StaggeredIndustries.Contains)];

    /// <summary>The ruling for <paramref name="e"/>, of profile <paramref name="profile"/>, in <paramref name="episode"/>.</summary>
    public EnterpriseRuling For(Enterprise e, int profile, Episode episode) => _calendared[profile]
        ? plan.Rulings.For(e, episode.Rank, episode.Start, episode.End)
        : _rulings[episode.Rank * list.ProfileCount + profile] ??= plan.Rulings.For(e, episode.Rank, episode.Start, episode.End);
}
