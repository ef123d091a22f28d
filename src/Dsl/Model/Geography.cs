namespace EmergencyDSS.Dsl.Model;

/// <summary>A named group of districts, e.g. 主城都市区.</summary>
public sealed record RegionModel(string Name, IReadOnlyList<string> Districts);

/// <summary>Joint-response link (联防联控). Either side may be outside the district list (e.g. 广安市).</summary>
public sealed record NeighbourLink(string A, string B);

/// <summary>
/// Regional warning: when at least <c>MinDistricts</c> districts of the region are at a level on a
/// day, the region is at that level, and no member district may be below it (a floor).
/// </summary>
public sealed record RegionalWarningRule(string Region, int MinDistricts, SourceRef? Source = null);

/// <summary>Levels that need a sign-off before notices go out, and whose.</summary>
public sealed record ApprovalRule(IReadOnlyList<string> Levels, string Approver);

/// <summary>At <c>Level</c> the listed measures must cut <c>Pollutant</c> by at least <c>Ratio</c> (0..1).</summary>
public sealed record ReductionTarget(string Level, string Pollutant, double Ratio);
