using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>decisions.json spellings of measure kinds and limit bases.</summary>
internal static class MeasureNames
{
    public static string Kind(MeasureKind kind) => kind switch
    {
        MeasureKind.Stop => "stop",
        MeasureKind.Limit => "limit",
        MeasureKind.Self => "self",
        MeasureKind.Exempt => "exempt",
        MeasureKind.None => "none",
        MeasureKind.Stagger => "stagger",
        MeasureKind.Ban => "ban",
        MeasureKind.NoRoad => "no-road",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown measure kind"),
    };

    public static string? Basis(Measure m) => m.Kind == MeasureKind.Limit
        ? (m.Basis == LimitBasis.Lines ? "lines" : "output")
        : null;
}
