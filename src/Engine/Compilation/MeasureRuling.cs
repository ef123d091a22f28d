using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>
/// The measure chosen for an enterprise at a level, independent of any episode: the winning measure,
/// its rule, the explanation after the episode's own (grade, industry, table cell, rules it beat) and
/// the losing rules. An episode stamps it into a decision.
/// </summary>
internal sealed record MeasureRuling(Measure Measure, string Rule, string Explanation, IReadOnlyList<string> Overrode);

/// <summary>An enterprise's production ruling (always one) and transport ruling (where one applies) at one level.</summary>
internal sealed record EnterpriseRuling(MeasureRuling Production, MeasureRuling? Transport);
