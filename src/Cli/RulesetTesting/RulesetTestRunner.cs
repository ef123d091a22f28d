using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Notices;

namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>Runs test files: each ruleset compiled once, each test evaluated on its inline inputs and its expectations held.</summary>
internal sealed class RulesetTestRunner
{
    private readonly Dictionary<string, (RuleModel Model, CompiledPlan Plan)?> _rulesets = new(StringComparer.Ordinal);

    /// <summary>Problems that stop a file or test from running at all (bad test file, bad ruleset, bad inline CSV).</summary>
    public List<string> Errors { get; } = [];

    public IReadOnlyDictionary<string, RuleModel> Models =>
        _rulesets.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value.Model, StringComparer.Ordinal);

    public IReadOnlyList<TestOutcome> Run(RulesetTestFile file)
    {
        var compiled = Compile(file);
        if (compiled is null) return [];
        var outcomes = new List<TestOutcome>();
        foreach (var test in file.Tests)
        {
            var inputErrors = new List<string>();
            var inputs = TestInputs.Load(file, test, compiled.Value.Model, inputErrors);
            if (inputs is null)
            {
                outcomes.Add(new TestOutcome(file, test, inputErrors, new HashSet<string>()));
                continue;
            }
            var findings = test.Inspections is null ? [] : TestInspections.Load(file, test.Inspections, inputs.Enterprises, inputErrors);
            if (findings is null)
            {
                outcomes.Add(new TestOutcome(file, test, inputErrors, new HashSet<string>()));
                continue;
            }
            var decisions = compiled.Value.Plan.Evaluate(inputs.Forecast, inputs.Enterprises, inputs.Sites, inputs.Forecast.IssuedAt);
            var lists = ListExpectations.Compute(compiled.Value.Model, findings, inputs.Forecast.IssuedAt);
            var failures = new List<string>();
            foreach (var expectation in test.Expectations)
            {
                var failure = expectation.Subject is "supervised" or "exposed" ? lists.Failure(expectation) : ExpectationCheck.Failure(expectation, decisions);
                if (failure is not { } diff) continue;
                failures.Add($"{file.DisplayPath}:{expectation.Line}: {expectation.Text}");
                failures.AddRange(diff.Select(d => "  " + d));
            }
            var exercised = Exercised(decisions, compiled.Value.Model);
            if (lists.Supervised.Count > 0) exercised.Add("list:supervise");
            if (lists.Exposed.Count > 0) exercised.Add("list:expose");
            outcomes.Add(new TestOutcome(file, test, failures, exercised));
        }
        return outcomes;
    }

    private (RuleModel Model, CompiledPlan Plan)? Compile(RulesetTestFile file)
    {
        var path = Path.GetFullPath(file.RulesetPath, Path.GetDirectoryName(file.Path)!);
        if (_rulesets.TryGetValue(path, out var cached)) return cached;
        var compilation = RulesetCompiler.CompileFile(path);
        if (compilation.Model is null)
        {
            Errors.AddRange(compilation.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
            if (!File.Exists(path)) Errors.Add($"{file.DisplayPath}:1:1: ruleset `{file.RulesetPath}` not found");
        }
        var entry = compilation.Model is null ? ((RuleModel, CompiledPlan)?)null : (compilation.Model, CompiledPlan.Compile(compilation.Model));
        _rulesets[path] = entry;
        return entry;
    }

    public string RulesetKey(RulesetTestFile file) => Path.GetFullPath(file.RulesetPath, Path.GetDirectoryName(file.Path)!);

    /// <summary>The rule ids this evaluation used (and those it weighed and overrode), and the templates its notices bind.</summary>
    private static HashSet<string> Exercised(DecisionSet d, RuleModel model)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        used.UnionWith(d.Warnings.Select(w => w.Rule));
        used.UnionWith(d.Warnings.SelectMany(w => w.Schedule ?? []).Select(s => s.Rule));
        used.UnionWith(d.RegionalWarnings.Select(r => r.Rule));
        used.UnionWith(d.Advisories.Select(a => a.Rule));
        used.UnionWith(d.RainfallRequests.Select(r => r.Rule));
        used.UnionWith((d.Standing ?? []).Select(s => s.Rule));
        foreach (var m in d.Measures.Concat(d.Staggered))
        {
            used.Add(BaseRule(m.Rule));
            used.UnionWith(m.Overrode.Select(BaseRule));
        }
        foreach (var notice in NoticePlanner.Plan(d))
        foreach (var template in model.Templates.Where(t => t.Events.Contains(notice.Event) && t.Subjects.Contains(notice.Subject)))
            used.Add($"template:{template.Name}");
        return used;
    }

    /// <summary><c>construction:土石方停工（重点工程豁免）</c> exercises <c>construction:土石方停工</c>.</summary>
    private static string BaseRule(string rule) => rule.IndexOf('（') is var at and > 0 ? rule[..at] : rule;
}
