namespace EmergencyDSS.Dsl.Model;

/// <summary>A decision table: industry × grade rows × level columns, as the bureau writes it.</summary>
public sealed record MeasureTable
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Industries { get; init; }
    /// <summary>Column level ids, in column order.</summary>
    public required IReadOnlyList<string> Levels { get; init; }
    public required IReadOnlyList<MeasureRow> Rows { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>A row for one or more grades; one cell per column level.</summary>
public sealed record MeasureRow
{
    public required IReadOnlyList<string> Grades { get; init; }
    public required IReadOnlyList<MeasureCell> Cells { get; init; }
    public SourceRef? Source { get; init; }
}

public sealed record MeasureCell(string Level, IReadOnlyList<Measure> Measures);

/// <summary>民生保障 enterprises: the production measure they get instead of the table's.</summary>
public sealed record LivelihoodPolicy(Measure Production, SourceRef? Source = null);

/// <summary>
/// Transport control for bulk-transport enterprises (大宗物料运输) at the given levels, for the
/// given grades (empty: all), unless the table cell already says something about transport.
/// </summary>
public sealed record TransportRule(string Name, IReadOnlyList<string> Levels, IReadOnlyList<string> Grades,
    Measure Measure, SourceRef? Source = null)
{
    /// <summary>When set, the rule is for 重点用车单位: enterprises with at least this many heavy diesel
    /// truck trips a day (enterprises.csv `heavy_trucks_per_day`), bulk transport or not.</summary>
    public int? MinHeavyTrucks { get; init; }
}
