using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// The one fact of a district's session that stands for the evaluation itself: the compiled plan,
/// the injected clock, the reduction list's rulings and where the district's decisions go. Rules
/// that emit decisions match it alongside their facts (a join with a single fact).
/// </summary>
internal sealed class DistrictRun(string district, PlanContext plan, DateTimeOffset now, (DateOnly First, DateOnly Last) window, ProfileRulingTable? rulings, int profileCount)
{
    public string District { get; } = district;
    public PlanContext Plan { get; } = plan;
    public DateTimeOffset Now { get; } = now;
    /// <summary>The whole forecast's first and last day (staggering periods are clipped to it).</summary>
    public DateOnly FirstDay { get; } = window.First;
    public DateOnly LastDay { get; } = window.Last;
    /// <summary>Rulings by profile of the reduction list (null: no reduction list).</summary>
    public ProfileRulingTable? Rulings { get; } = rulings;
    public int ProfileCount { get; } = profileCount;
    public DistrictSink Sink { get; } = new();

    public override string ToString() => District;
}
