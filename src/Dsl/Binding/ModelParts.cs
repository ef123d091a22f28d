using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>The rule model under construction while the binder walks the statements.</summary>
internal sealed class ModelParts
{
    public RulesetHeader? Header { get; set; }
    public List<LevelModel> Levels { get; } = [];
    public List<RegionModel> Regions { get; } = [];
    public List<TrafficZone> Zones { get; } = [];
    public List<NeighbourLink> Neighbours { get; } = [];
    public EpisodePolicy Episodes { get; set; } = new();
    public List<ApprovalRule> Approvals { get; } = [];
    public List<RegionalWarningRule> RegionalWarnings { get; } = [];
    public List<ReductionTarget> Targets { get; } = [];
    public List<DistrictEmissions> Emissions { get; } = [];
    public List<MeasureTable> Tables { get; } = [];
    /// <summary>Industry → the first table that covers it (for the overlap check).</summary>
    public Dictionary<string, string> TableOfIndustry { get; } = new(StringComparer.Ordinal);
    public MeasureTable? DefaultTable { get; set; }
    public LivelihoodPolicy? Livelihood { get; set; }
    public List<TransportRule> Transport { get; } = [];
    public List<StaggerCalendar> Staggering { get; } = [];
    public List<ConstructionRule> Construction { get; } = [];
    public List<TrafficRule> Traffic { get; } = [];
    public List<AdvisoryRule> Advisories { get; } = [];
    public List<RainfallRule> Rainfall { get; } = [];
    public List<PartyRule> Rules { get; } = [];
    public List<TemplateBinding> Templates { get; } = [];
    public List<IssuerModel> Issuers { get; } = [];
    public SupervisionRule? Supervise { get; set; }
    public SupervisionRule? Expose { get; set; }

    public RuleModel ToModel(RulesetHeader header, Scope scope) => new()
    {
        Header = header,
        Levels = Levels.OrderBy(l => l.Rank).ToList(),
        Districts = scope.Districts.ToList(),
        Regions = Regions,
        Neighbours = Neighbours,
        Industries = scope.Industries.ToList(),
        Episodes = Episodes,
        Approvals = Approvals,
        RegionalWarnings = RegionalWarnings,
        Targets = Targets,
        Emissions = Emissions,
        Tables = Tables,
        DefaultTable = DefaultTable,
        Livelihood = Livelihood,
        Transport = Transport,
        Staggering = Staggering,
        Zones = Zones,
        Construction = Construction,
        Traffic = Traffic,
        Advisories = Advisories,
        Rainfall = Rainfall,
        Rules = Rules,
        Templates = Templates,
        Issuers = Issuers,
        Supervise = Supervise,
        Expose = Expose,
    };
}
