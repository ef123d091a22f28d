using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>Measures in the wording catalogue's short form, for explanations (<see cref="MeasureWords"/>).</summary>
internal static class MeasureText
{
    /// <summary>A measure in plain Chinese, as an explanation says it.</summary>
    public static string Of(Measure m) =>
        MeasureWords.Short(Kind(m.Kind), m.Percent, m.Basis == LimitBasis.Lines ? "lines" : "output", m.Reason, m.MinStandard, m.Hours);

    /// <summary>The clause a notice orders for the measure (<see cref="MeasureWords.Full"/>), e.g. a 错峰生产 period's stop or limit.</summary>
    public static string Clause(Measure m) =>
        MeasureWords.Full(Kind(m.Kind), m.Percent, m.Basis == LimitBasis.Lines ? "lines" : "output", m.Reason, m.MinStandard, m.Hours);

    public static string Cell(IReadOnlyList<Measure> measures) => string.Join("，", measures.Select(Of));

    /// <summary>The contract's kind word: stop, limit, self, exempt, none, stagger, ban, no-road.</summary>
    public static string Kind(MeasureKind kind) => kind switch
    {
        MeasureKind.NoRoad => "no-road",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
