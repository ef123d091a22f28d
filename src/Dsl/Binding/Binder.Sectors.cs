using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>Construction, traffic, rainfall, named-party rules and template bindings.</summary>
internal sealed partial class Binder
{
    internal static readonly IReadOnlyList<string> NoticeEvents = ["issue", "upgrade", "downgrade", "extend", "lift"];

    internal static readonly IReadOnlyList<string> NoticeSubjects =
        ["warning", "regional", "stop", "limit", "self", "exempt", "none", "stagger", "ban", "no-road", "construction", "traffic", "advisory", "rainfall", "party"];

    /// <summary>The dust-control labels of 「红黄绿」标志分类管控, as sites.csv writes them.</summary>
    internal static readonly IReadOnlyList<string> SiteLabels = ["红", "黄", "绿"];

    /// <summary>Site kinds the plans name (sites.csv `kind`): building, municipal, demolition, road, water and
    /// landscaping works, ready-mix concrete plants (搅拌站 = 商混站), wharves and stockyards (seed 000).</summary>
    internal static readonly IReadOnlyList<string> SiteKinds = ["房建", "市政", "拆除", "道路", "水利", "园林", "搅拌站", "商混站", "码头", "堆场"];

    private ConstructionRule BindConstruction(ConstructionStatement c)
    {
        foreach (var kind in c.Kinds.Where(k => !SiteKinds.Contains(k.Text)))
            _diagnostics.Add(DiagnosticCatalog.UnknownSiteKind(At(kind), kind.Text, Suggestions.Closest(kind.Text, SiteKinds)));
        foreach (var label in c.Labels.Concat(c.ExceptLabels).Where(l => !SiteLabels.Contains(l.Text)))
            _diagnostics.Add(DiagnosticCatalog.UnknownSiteLabel(At(label), label.Text));
        foreach (var label in c.ExceptLabels.Where(l => c.Labels.Any(k => k.Text == l.Text)))
            _diagnostics.Add(DiagnosticCatalog.LabelBothWays(At(label), label.Text));
        return BindConstructionRule(c);
    }

    private ConstructionRule BindConstructionRule(ConstructionStatement c) => new()
    {
        Name = c.Title.Text,
        Levels = Levels(c.Levels),
        Kinds = c.Kinds.Select(k => k.Text).ToList(),
        Stages = c.Stages.Select(s => s.Text).ToList(),
        Action = c.Action.Text,
        TimesPerDay = c.Times is null ? null : WholeCount(c.Times),
        ExemptKeyProjects = c.ExemptKeyProjects,
        Labels = c.Labels.Select(l => l.Text).ToList(),
        ExceptLabels = c.ExceptLabels.Select(l => l.Text).ToList(),
        Text = c.Text?.Text,
        Source = Ref(c),
    };

    private AdvisoryRule BindAdvisory(AdvisoryStatement a)
    {
        var pollutants = ForecastFields.PrimaryPollutants.Where(p => p != "-").ToList();
        foreach (var p in a.Pollutants.Where(p => !pollutants.Contains(p.Text)))
            _diagnostics.Add(DiagnosticCatalog.UnknownPollutant(At(p), p.Text, Suggestions.Closest(p.Text, pollutants)));
        return new AdvisoryRule(a.Title.Text, a.Kind.Text, Levels(a.Levels), a.Text.Text, Ref(a)) { Pollutants = a.Pollutants.Select(p => p.Text).ToList() };
    }

    private void BindTraffic(TrafficStatement t, ModelParts parts)
    {
        _scope.Zone(t.Zone.Text, At(t.Zone));
        if (t.Standard is not null && MeasureStringency.StandardRank(t.Standard.Text) < 0)
            _diagnostics.Add(DiagnosticCatalog.UnknownStandard(At(t.Standard), t.Standard.Text));
        if (t.Hours is not null) CheckHours(t.Hours, t);
        var effective = t.EffectiveFrom is null ? null : Date(t.EffectiveFrom, t.EffectiveSpan);
        if (t.Levels.Count == 0 && t.EffectiveFrom is null) _diagnostics.Add(DiagnosticCatalog.TrafficWithoutWhen(At(t.Title), t.Title.Text));
        parts.Traffic.Add(new TrafficRule
        {
            Name = t.Title.Text,
            Zone = t.Zone.Text,
            Levels = Levels(t.Levels),
            VehicleClass = t.VehicleClass.Text,
            MinStandard = t.Standard?.Text,
            Hours = t.Hours ?? "00:00-24:00",
            Exempt = t.Exempt.Select(e => e.Text).ToList(),
            EffectiveFrom = effective,
            Source = Ref(t),
        });
    }

    private RainfallRule BindRainfall(RainfallStatement r)
    {
        if (r.Template is not null) _scope.Template(r.Template.Text, At(r.Template));
        return new RainfallRule
        {
            Name = r.Title.Text,
            Levels = Levels(r.Levels),
            Weather = BindCondition(r.Weather),
            Requestee = r.Requestee.Text,
            NeedsAirspaceApproval = !r.NoAirspaceApproval,
            Template = r.Template?.Text,
            Source = Ref(r),
        };
    }

    private PartyRule BindRule(RuleStatement r)
    {
        if (r.Template is not null) _scope.Template(r.Template.Text, At(r.Template));
        return new PartyRule
        {
            Name = r.Title.Text,
            When = BindCondition(r.When),
            Party = r.Party.Text,
            Action = r.Action.Text,
            Template = r.Template?.Text,
            Source = Ref(r),
        };
    }

    private TemplateBinding BindTemplate(TemplateStatement t)
    {
        foreach (var e in t.Events.Where(e => !NoticeEvents.Contains(e.Text)))
            _diagnostics.Add(DiagnosticCatalog.UnknownEvent(At(e), e.Text, Suggestions.Closest(e.Text, NoticeEvents)));
        foreach (var s in t.Subjects.Where(s => !NoticeSubjects.Contains(s.Text)))
            _diagnostics.Add(DiagnosticCatalog.UnknownSubject(At(s), s.Text, Suggestions.Closest(s.Text, NoticeSubjects)));
        if (!TemplatePaths.StaysInside(t.Path.Text)) _diagnostics.Add(DiagnosticCatalog.TemplateOutside(At(t.Path), t.Path.Text));
        return new TemplateBinding
        {
            Name = t.Title.Text,
            Path = t.Path.Text,
            Events = t.Events.Select(e => e.Text).ToList(),
            Subjects = t.Subjects.Select(s => s.Text).ToList(),
        };
    }
}
