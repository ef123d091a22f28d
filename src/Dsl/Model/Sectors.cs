namespace EmergencyDSS.Dsl.Model;

/// <summary>
/// Construction-site measure at the given levels for sites matching the kinds/stages (empty: any).
/// Action: stop | wash (Times per day) | sprinkle | suspend-machinery.
/// </summary>
public sealed record ConstructionRule
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Levels { get; init; }
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public IReadOnlyList<string> Stages { get; init; } = [];
    public required string Action { get; init; }
    public int? TimesPerDay { get; init; }
    /// <summary>Key projects (重点工程) are exempt from this rule (with approval).</summary>
    public bool ExemptKeyProjects { get; init; }
    /// <summary>Only sites with one of these dust-control labels (红/黄/绿); empty: any site.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];
    /// <summary>Sites with one of these labels are not subject to this rule (green sites keep working).</summary>
    public IReadOnlyList<string> ExceptLabels { get; init; } = [];
    public string? Text { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>A traffic restriction zone, e.g. 中心城区, by the districts it lies in.</summary>
public sealed record TrafficZone(string Name, IReadOnlyList<string> Districts, string? Description = null);

/// <summary>Vehicles of a class below MinStandard (null: all of the class) banned in a zone during Hours.</summary>
public sealed record TrafficRule
{
    public required string Name { get; init; }
    public required string Zone { get; init; }
    public required IReadOnlyList<string> Levels { get; init; }
    public required string VehicleClass { get; init; }
    public string? MinStandard { get; init; }
    /// <summary>"00:00-24:00" for all day.</summary>
    public string Hours { get; init; } = "00:00-24:00";
    public IReadOnlyList<string> Exempt { get; init; } = [];
    /// <summary>The day the rule takes effect (null: always). A rule with no levels is a standing rule:
    /// in force every day from this date, whatever the warning (e.g. 国四 trucks in 中心城区 from 2026-07-01).</summary>
    public DateOnly? EffectiveFrom { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>A public advisory (fireworks ban, outdoor events, schools) at the given levels.</summary>
public sealed record AdvisoryRule(string Name, string Kind, IReadOnlyList<string> Levels, string Text,
    SourceRef? Source = null)
{
    /// <summary>Only episodes whose primary pollutant is one of these (empty: any), e.g. O3 for the
    /// ozone-season measures (夜间错峰加油, VOCs 夜间错峰) that replace a production cut.</summary>
    public IReadOnlyList<string> Pollutants { get; init; } = [];
}

/// <summary>Request artificial rainfall (人工增雨) when a level is in force and the weather holds.</summary>
public sealed record RainfallRule
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Levels { get; init; }
    public required Condition Weather { get; init; }
    /// <summary>Who is asked, e.g. 重庆市气象局.</summary>
    public required string Requestee { get; init; }
    public bool NeedsAirspaceApproval { get; init; } = true;
    public string? Template { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>when Condition then Party does Action (e.g. the airport rule).</summary>
public sealed record PartyRule
{
    public required string Name { get; init; }
    public required Condition When { get; init; }
    public required string Party { get; init; }
    public required string Action { get; init; }
    public string? Template { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>Which notice template serves which events and measure kinds.</summary>
public sealed record TemplateBinding
{
    public required string Name { get; init; }
    /// <summary>Path relative to the ruleset's folder, e.g. templates/enterprise-stop.sbn.</summary>
    public required string Path { get; init; }
    /// <summary>issue | upgrade | downgrade | extend | lift.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];
    /// <summary>Notice subjects: warning, stop, limit, self, exempt, none, stagger, ban, no-road,
    /// construction, traffic, advisory, rainfall, party.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];
}
