namespace EmergencyDSS.Dsl.Syntax.Tree;

/// <summary>A top-level statement of a ruleset file.</summary>
internal abstract record Statement : Node
{
    /// <summary>The keyword that opened it, for messages ("in `table 水泥熟料`").</summary>
    public abstract string Keyword { get; }
}

internal sealed record HeaderItem(Name Key, Name? Text, string? From, string? To, NumberValue? Hours) : Node;
internal sealed record RulesetStatement(Name Title, IReadOnlyList<HeaderItem> Items) : Statement { public override string Keyword => "ruleset"; }
/// <summary><c>issuer SCOPE "机关" { … }</c>: who issues a district's (or, with <c>city</c>, the city's) notices.</summary>
internal sealed record IssuerStatement(Name Scope, Name Authority, IReadOnlyList<HeaderItem> Items) : Statement { public override string Keyword => "issuer"; }
internal sealed record ConstStatement(Name Name, NumberValue Value) : Statement { public override string Keyword => "const"; }
internal sealed record IncludeStatement(Name Path) : Statement { public override string Keyword => "include"; }

/// <summary><c>districts</c>, <c>industries</c>, <c>grades</c>, <c>region N</c>, <c>zone N</c>: a named list of names.</summary>
internal sealed record ListStatement(string Kind, Name? Title, IReadOnlyList<Name> Items, Name? Description) : Statement { public override string Keyword => Kind; }
internal sealed record NeighboursStatement(IReadOnlyList<(Name A, Name B)> Links) : Statement { public override string Keyword => "neighbours"; }
internal sealed record LevelStatement(Name Id, Name Title, Name? Response, bool AdvisoryOnly, TriggerNode Trigger) : Statement { public override string Keyword => AdvisoryOnly ? "tier" : "level"; }
internal sealed record EpisodeItem(string Kind, NumberValue? Hours, Name? Level, IReadOnlyList<Name> Values, IReadOnlyList<(Name Level, NumberValue Hours)> Rebroadcast, string? Time) : Node;
internal sealed record EpisodesStatement(IReadOnlyList<EpisodeItem> Items) : Statement { public override string Keyword => "episodes"; }
internal sealed record ApprovalStatement(IReadOnlyList<Name> Levels, Name Approver) : Statement { public override string Keyword => "approval"; }
internal sealed record RegionalStatement(Name Region, NumberValue MinDistricts) : Statement { public override string Keyword => "regional"; }
internal sealed record TargetLine(Name Level, IReadOnlyList<(Name Pollutant, NumberValue Percent)> Targets) : Node;
internal sealed record EmissionsStatement(IReadOnlyList<TargetLine> Lines) : Statement { public override string Keyword => "emissions"; }
internal sealed record TargetsStatement(IReadOnlyList<TargetLine> Lines) : Statement { public override string Keyword => "targets"; }
internal sealed record TableStatement(Name Title, bool IsDefault, IReadOnlyList<Name> Industries, IReadOnlyList<Name> Columns, IReadOnlyList<RowNode> Rows) : Statement { public override string Keyword => IsDefault ? "default table" : "table"; }
internal sealed record LivelihoodStatement(MeasureListNode Measures) : Statement { public override string Keyword => "livelihood"; }
internal sealed record TransportStatement(Name Title, IReadOnlyList<Name> Levels, IReadOnlyList<Name> Grades, MeasureListNode Measures) : Statement
{
    public override string Keyword => "transport";
    /// <summary>`for heavy trucks >= N`: enterprises using N or more heavy diesel truck trips a day (重点用车单位).</summary>
    public NumberValue? MinHeavyTrucks { get; init; }
    /// <summary>What the notice orders beyond the ban, e.g. the 门禁 requirements.</summary>
    public Name? Text { get; init; }
}
internal sealed record StaggerPeriodNode(string From, string To, TextSpan FromSpan, TextSpan ToSpan, IReadOnlyList<Name> Grades, MeasureListNode Measures, Name Reason) : Node;
internal sealed record StaggerStatement(Name Title, IReadOnlyList<Name> Industries, IReadOnlyList<StaggerPeriodNode> Periods) : Statement { public override string Keyword => "stagger"; }
internal sealed record ConstructionStatement(Name Title, IReadOnlyList<Name> Levels, IReadOnlyList<Name> Kinds, IReadOnlyList<Name> Stages, Name Action, NumberValue? Times, bool ExemptKeyProjects, Name? Text) : Statement
{
    public override string Keyword => "construction";
    /// <summary>`label 红, 黄`: only sites with these dust-control labels.</summary>
    public IReadOnlyList<Name> Labels { get; init; } = [];
    /// <summary>`except label 绿`: sites with these labels keep working.</summary>
    public IReadOnlyList<Name> ExceptLabels { get; init; } = [];
}
internal sealed record TrafficStatement(Name Title, Name Zone, IReadOnlyList<Name> Levels, Name VehicleClass, Name? Standard, string? Hours, IReadOnlyList<Name> Exempt) : Statement
{
    public override string Keyword => "traffic";
    /// <summary>`from 2026-07-01`: the day the rule takes effect; without `at LEVELS` it is a standing rule.</summary>
    public string? EffectiveFrom { get; init; }
    public TextSpan EffectiveSpan { get; init; }
}
internal sealed record AdvisoryStatement(Name Title, Name Kind, IReadOnlyList<Name> Levels, Name Text) : Statement
{
    public override string Keyword => "advisory";
    /// <summary>`for O3`: only episodes whose primary pollutant is listed (ozone-season measures).</summary>
    public IReadOnlyList<Name> Pollutants { get; init; } = [];
}
internal sealed record RainfallStatement(Name Title, IReadOnlyList<Name> Levels, ConditionNode Weather, Name Requestee, Name? Template, bool NoAirspaceApproval) : Statement { public override string Keyword => "rainfall"; }
internal sealed record RuleStatement(Name Title, ConditionNode When, Name Party, Name Action, Name? Template) : Statement { public override string Keyword => "rule"; }
internal sealed record TemplateStatement(Name Title, Name Path, IReadOnlyList<Name> Events, IReadOnlyList<Name> Subjects) : Statement { public override string Keyword => "template"; }
/// <summary><c>supervise|expose after N violations within D days [counting partly] [template "…"]</c>.</summary>
internal sealed record SupervisionStatement(string Kind, NumberValue Violations, NumberValue Days, bool CountsPartly, Name? Template) : Statement { public override string Keyword => Kind; }
