using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Engine.Accounting;

/// <summary>
/// Reduction accounting (减排比例): per pollutant, the listed enterprises' cut against their baseline,
/// compared with the ruleset's target ratio; a shortfall is flagged before a warning goes out.
/// </summary>
internal static class ReductionAccounting
{
    /// <summary>Share of production a measure removes: stop 1, limit p/100, everything else 0.</summary>
    public static double CutFraction(MeasureDecision m) => m.Kind switch
    {
        "stop" => 1.0,
        "limit" => (m.Percent ?? 0) / 100.0,
        _ => 0.0,
    };
}
