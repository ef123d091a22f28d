using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>
/// Turns checked syntax into the rule model. Two passes: declarations first (so order in the file
/// does not matter), then every statement bound against them, each problem a diagnostic.
/// </summary>
internal sealed partial class Binder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Scope _scope;
    private string _file = "";

    private Binder(DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _scope = new Scope(diagnostics);
    }

    public static RuleModel? Bind(IReadOnlyList<SyntaxFile> files, string sha256, DiagnosticBag diagnostics)
    {
        var binder = new Binder(diagnostics);
        var statements = files.SelectMany(f => f.Statements.Select(s => (f.Path, s))).ToList();
        foreach (var (file, statement) in statements) binder.Declare(file, statement);
        var model = binder.Build(files[0].Path, statements, sha256, files.Any(f => f.Errors.Count > 0));
        return diagnostics.HasErrors ? null : model;
    }

    private SourceSpan At(Node node) => node.Span.In(_file);
    private SourceSpan At(TextSpan span) => span.In(_file);
    private SourceRef Ref(Node node) => new(_file, node.Span.Line, node.Span.Column);

    private void Declare(string file, Statement statement)
    {
        _file = file;
        switch (statement)
        {
            case ConstStatement c when !_scope.Constants.TryAdd(c.Name.Text, c.Value.Value):
                _diagnostics.Add(DiagnosticCatalog.Duplicate(At(c.Name), "constant", c.Name.Text));
                break;
            case ListStatement { Kind: "districts" } l: AddAll(_scope.Districts, l.Items, "district"); break;
            case ListStatement { Kind: "industries" } l: AddAll(_scope.Industries, l.Items, "industry"); break;
            case ListStatement { Kind: "grades" } l: AddAll(_scope.Grades, l.Items, "grade"); break;
            case ListStatement { Kind: "region" } l when !_scope.Regions.TryAdd(l.Title!.Text, l.Items.Select(i => i.Text).ToList()):
                _diagnostics.Add(DiagnosticCatalog.Duplicate(At(l.Title!), "region", l.Title!.Text));
                break;
            case ListStatement { Kind: "zone" } l when !_scope.Zones.TryAdd(l.Title!.Text, l.Items.Select(i => i.Text).ToList()):
                _diagnostics.Add(DiagnosticCatalog.Duplicate(At(l.Title!), "zone", l.Title!.Text));
                break;
            case LevelStatement level:
                AddAll(_scope.Levels, [level.Id], "level");
                if (level.AdvisoryOnly) _scope.AdvisoryOnlyLevels.Add(level.Id.Text);
                break;
            case TemplateStatement t: AddAll(_scope.Templates, [t.Title], "template"); break;
            case BrokenStatement b: DeclareBroken(b); break;
        }
    }

    /// <summary>What a statement that did not parse still declares, so references to it stay quiet.</summary>
    private void DeclareBroken(BrokenStatement b)
    {
        switch (b.Kind)
        {
            case "districts": _scope.BrokenKinds.Add("district"); break;
            case "industries": _scope.BrokenKinds.Add("industry"); break;
            case "grades": _scope.BrokenKinds.Add("grade"); break;
            case "table": foreach (var industry in b.Industries) _scope.Broken.Add(("industry", industry.Text)); break;
        }
        if (b.Declared is { } name) _scope.Broken.Add((b.Kind, name.Text));
    }

    private readonly Dictionary<List<string>, HashSet<string>> _declared = new(ReferenceEqualityComparer.Instance);

    private void AddAll(List<string> into, IEnumerable<Name> names, string what)
    {
        if (!_declared.TryGetValue(into, out var seen)) _declared[into] = seen = new HashSet<string>(into, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!seen.Add(name.Text)) _diagnostics.Add(DiagnosticCatalog.Duplicate(At(name), what, name.Text));
            else into.Add(name.Text);
        }
    }

    private RuleModel? Build(string mainFile, IReadOnlyList<(string File, Statement Statement)> statements, string sha256, bool syntaxErrors)
    {
        if (_scope.Grades.Count == 0) _scope.Grades.AddRange(ForecastFields.Grades);
        if (_scope.Industries.Count == 0) _scope.Industries.AddRange(statements.Select(s => s.Statement).OfType<TableStatement>().SelectMany(t => t.Industries).Select(n => n.Text).Distinct());
        var parts = new ModelParts();
        foreach (var (file, statement) in statements)
        {
            _file = file;
            BindStatement(statement, parts);
        }
        CheckListRules(parts);
        _file = mainFile;
        var origin = new SourceSpan(mainFile, 1, 1, 1, 2);
        // With syntax errors a missing declaration is most likely the broken statement itself: don't cascade.
        if (!syntaxErrors)
        {
            if (parts.Header is null) _diagnostics.Add(DiagnosticCatalog.MissingHeader(origin));
            if (_scope.Levels.Count == 0) _diagnostics.Add(DiagnosticCatalog.NoLevels(origin));
            if (_scope.Districts.Count == 0) _diagnostics.Add(DiagnosticCatalog.NoDistricts(origin));
        }
        // A trigger that already has an error is judged once it is fixed, not as "never fires" now.
        TriggerChecks.Run(parts.Levels.Where(l => !_levelsWithErrors.Contains(l.Id)).ToList(), _diagnostics);
        if (parts.Header is null) return null;
        return parts.ToModel(parts.Header with { Sha256 = sha256 }, _scope);
    }

    private void BindStatement(Statement statement, ModelParts parts)
    {
        switch (statement)
        {
            case RulesetStatement r: parts.Header = BindHeader(r); break;
            case ListStatement { Kind: "region" or "zone" } l: BindArea(l, parts); break;
            case NeighboursStatement n: BindNeighbours(n, parts); break;
            case LevelStatement l: BindLevelChecked(l, parts); break;
            case EpisodesStatement e: parts.Episodes = BindEpisodes(e, parts.Episodes); break;
            case ApprovalStatement a: parts.Approvals.Add(new ApprovalRule(Levels(a.Levels), a.Approver.Text)); break;
            case RegionalStatement r: BindRegional(r, parts); break;
            case TargetsStatement t: BindTargets(t, parts); break;
            case EmissionsStatement e: BindEmissions(e, parts); break;
            case TableStatement t: BindTable(t, parts); break;
            case LivelihoodStatement l: parts.Livelihood = new LivelihoodPolicy(ProductionOf(l.Measures), Ref(l)); break;
            case TransportStatement t: BindTransport(t, parts); break;
            case StaggerStatement s: BindStagger(s, parts); break;
            case ConstructionStatement c: parts.Construction.Add(BindConstruction(c)); break;
            case TrafficStatement t: BindTraffic(t, parts); break;
            case AdvisoryStatement a: parts.Advisories.Add(BindAdvisory(a)); break;
            case RainfallStatement r: parts.Rainfall.Add(BindRainfall(r)); break;
            case RuleStatement r: parts.Rules.Add(BindRule(r)); break;
            case TemplateStatement t: parts.Templates.Add(BindTemplate(t)); break;
            case IssuerStatement i: BindIssuer(i, parts); break;
            case SupervisionStatement s: BindSupervision(s, parts); break;
        }
    }

    private readonly HashSet<string> _levelsWithErrors = new(StringComparer.Ordinal);

    private void BindLevelChecked(LevelStatement l, ModelParts parts)
    {
        var errors = _diagnostics.ErrorCount;
        parts.Levels.Add(BindLevel(l));
        if (_diagnostics.ErrorCount > errors) _levelsWithErrors.Add(l.Id.Text);
    }

    private IReadOnlyList<string> Levels(IReadOnlyList<Name> names) =>
        names.Where(n => _scope.Level(n.Text, At(n))).Select(n => n.Text).ToList();
}
