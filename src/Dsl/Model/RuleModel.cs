namespace EmergencyDSS.Dsl.Model;

/// <summary>
/// The compiled plan: the public, serializable IR that the engine compiles. Produced by the binder
/// from checked syntax; never from text directly. Lists are in source order unless noted.
/// </summary>
public sealed record RuleModel
{
    public required RulesetHeader Header { get; init; }
    /// <summary>Warning levels in ascending severity (e.g. yellow, orange, red).</summary>
    public required IReadOnlyList<LevelModel> Levels { get; init; }
    public required IReadOnlyList<string> Districts { get; init; }
    public IReadOnlyList<RegionModel> Regions { get; init; } = [];
    public IReadOnlyList<NeighbourLink> Neighbours { get; init; } = [];
    public IReadOnlyList<string> Industries { get; init; } = [];
    public required EpisodePolicy Episodes { get; init; }
    public IReadOnlyList<ApprovalRule> Approvals { get; init; } = [];
    public IReadOnlyList<RegionalWarningRule> RegionalWarnings { get; init; } = [];
    public IReadOnlyList<ReductionTarget> Targets { get; init; } = [];
    /// <summary>Whole-society emissions (全社会排放总量) per district, the base the 2019 rule measures cuts against.</summary>
    public IReadOnlyList<DistrictEmissions> Emissions { get; init; } = [];
    public IReadOnlyList<MeasureTable> Tables { get; init; } = [];
    /// <summary>Measures for industries or grades no table covers (e.g. 非重点). May be null.</summary>
    public MeasureTable? DefaultTable { get; init; }
    public LivelihoodPolicy? Livelihood { get; init; }
    public IReadOnlyList<TransportRule> Transport { get; init; } = [];
    public IReadOnlyList<StaggerCalendar> Staggering { get; init; } = [];
    public IReadOnlyList<TrafficZone> Zones { get; init; } = [];
    public IReadOnlyList<ConstructionRule> Construction { get; init; } = [];
    public IReadOnlyList<TrafficRule> Traffic { get; init; } = [];
    public IReadOnlyList<AdvisoryRule> Advisories { get; init; } = [];
    public IReadOnlyList<RainfallRule> Rainfall { get; init; } = [];
    public IReadOnlyList<PartyRule> Rules { get; init; } = [];
    public IReadOnlyList<TemplateBinding> Templates { get; init; } = [];
    /// <summary>Who issues notices: the city bureau (<see cref="IssuerModel.City"/>) and districts that issue their own.</summary>
    public IReadOnlyList<IssuerModel> Issuers { get; init; } = [];
    /// <summary>The supervision list's rule (督企清单); null when the plan declares none.</summary>
    public SupervisionRule? Supervise { get; init; }
    /// <summary>The exposure list's rule (曝光名单); null when the plan declares none.</summary>
    public SupervisionRule? Expose { get; init; }
}

/// <summary>A district's whole-society emissions, tonnes a year, per emission pollutant (SO2, NOx, PM, VOCs).</summary>
public sealed record DistrictEmissions(string District, IReadOnlyList<EmissionTotal> Totals);

public sealed record EmissionTotal(string Pollutant, double Tonnes);
