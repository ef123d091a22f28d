using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Accounting;

/// <summary>
/// Reduction accounting (减排比例): per pollutant, the listed enterprises' cut against their baseline,
/// compared with the ruleset's target ratio; a shortfall is flagged before a warning goes out.
/// </summary>
internal static class ReductionAccounting
{
    /// <summary>Share of production a measure removes: stop 1, limit p/100, everything else 0.</summary>
    public static double CutFraction(Measure m) => m.Kind switch
    {
        MeasureKind.Stop => 1.0,
        MeasureKind.Limit => (m.Percent ?? 0) / 100.0,
        _ => 0.0,
    };
}
