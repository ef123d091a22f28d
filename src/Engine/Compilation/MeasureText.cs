using System.Globalization;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>Measures read back in the rules language's own words, for explanations.</summary>
internal static class MeasureText
{
    public static string Of(Measure m) => m.Kind switch
    {
        MeasureKind.Stop => "stop",
        MeasureKind.Limit => $"limit {(m.Percent ?? 0).ToString(CultureInfo.InvariantCulture)}%{(m.Basis == LimitBasis.Lines ? " lines" : "")}",
        MeasureKind.Self => "self",
        MeasureKind.Exempt => m.Reason is null ? "exempt" : $"exempt \"{m.Reason}\"",
        MeasureKind.None => "none",
        MeasureKind.Stagger => "stagger" + (m.Hours is null ? "" : $" {m.Hours}") + (m.Reason is null ? "" : $" \"{m.Reason}\""),
        MeasureKind.Ban => $"ban trucks below {m.MinStandard}",
        MeasureKind.NoRoad => "no-road",
        _ => m.Kind.ToString(),
    };

    public static string Cell(IReadOnlyList<Measure> measures) => string.Join(" + ", measures.Select(Of));

    /// <summary>The contract's kind word: stop, limit, self, exempt, none, stagger, ban, no-road.</summary>
    public static string Kind(MeasureKind kind) => kind switch
    {
        MeasureKind.NoRoad => "no-road",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
