namespace EmergencyDSS.Dsl.Model;

/// <summary>Seasonal staggered production (错峰生产): calendar-driven, not forecast-driven.</summary>
public sealed record StaggerCalendar(string Name, IReadOnlyList<string> Industries,
    IReadOnlyList<StaggerPeriod> Periods, SourceRef? Source = null);

/// <summary>From..To inclusive, for the given grades (empty: all), the measure applies.</summary>
public sealed record StaggerPeriod(DateOnly From, DateOnly To, IReadOnlyList<string> Grades, Measure Measure,
    string Reason, SourceRef? Source = null);
