using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// The one fact of a session that stands for the evaluation itself: the compiled plan, the injected
/// clock, the reduction list's rulings and, per district of the session, where its decisions go.
/// Rules that emit decisions match it alongside their facts (a join with a single fact).
/// </summary>
internal sealed class SessionRun(IEnumerable<string> districts, PlanContext plan, DateTimeOffset now, (DateOnly First, DateOnly Last) window, ProfileRulingTable? rulings, int profileCount)
{
    private readonly Dictionary<string, DistrictSink> _sinks = districts.ToDictionary(d => d, _ => new DistrictSink(), StringComparer.Ordinal);

    public PlanContext Plan { get; } = plan;
    public DateTimeOffset Now { get; } = now;
    /// <summary>The whole forecast's first and last day (staggering periods are clipped to it).</summary>
    public DateOnly FirstDay { get; } = window.First;
    public DateOnly LastDay { get; } = window.Last;
    /// <summary>Rulings by profile of the reduction list (null: no reduction list).</summary>
    public ProfileRulingTable? Rulings { get; } = rulings;
    public int ProfileCount { get; } = profileCount;

    /// <summary>The districts of this session, in ordinal order.</summary>
    public IEnumerable<string> Districts => _sinks.Keys.Order(StringComparer.Ordinal);

    /// <summary>Where the decisions of <paramref name="district"/> (one of this session's) go.</summary>
    public DistrictSink SinkOf(string district) => _sinks[district];

    public override string ToString() => $"评估会话（{_sinks.Count} 个区县）";
}
