using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using NRules;
using NRules.RuleModel;

namespace EmergencyDSS.Engine.Rules;

/// <summary>A construct of the ruleset that NRules could not compile, with where it was written.</summary>
internal sealed record RuleCompileFailure(string Rule, SourceRef? Source, string Message);

/// <summary>
/// Compiles a plan's rules into one NRules <see cref="ISessionFactory"/>: every construct becomes a
/// <see cref="RuleShape"/>, each shape a rule definition (<c>RuleBuilder</c>), and NRules compiles the
/// definitions into its Rete network with FastExpressionCompiler. Failures are data, never exceptions.
/// </summary>
internal static class RuleSetCompiler
{
    public static (ISessionFactory? Factory, IReadOnlyList<string> Rules, IReadOnlyList<RuleCompileFailure> Failures) Compile(PlanContext plan, ConditionCompiler conditions)
    {
        var failures = new List<RuleCompileFailure>();
        var shapes = new List<RuleShape>();
        Collect(failures, shapes, () => LevelRules.Shapes(plan));
        Collect(failures, shapes, () => MeasureRules.Shapes(plan, conditions));
        Collect(failures, shapes, () => CalendarRules.Shapes(plan, conditions));
        var definitions = new List<IRuleDefinition>();
        foreach (var shape in shapes)
        {
            try { definitions.Add(shape.Build()); }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException) { failures.Add(new(shape.Name, shape.Source, e.Message)); }
        }
        if (failures.Count > 0) return (null, [.. shapes.Select(s => s.Name)], failures);
        try
        {
            var factory = new RuleCompiler { ExpressionCompiler = new FastExpressions() }.Compile(definitions);
            return (factory, [.. shapes.Select(s => s.Name)], []);
        }
        catch (RuleCompilationException e)
        {
            var shape = shapes.FirstOrDefault(s => s.Name == e.RuleName);
            return (null, [.. shapes.Select(s => s.Name)], [new(e.RuleName, shape?.Source, e.InnerException?.Message ?? e.Message)]);
        }
    }

    /// <summary>Shapes of one family; a construct the condition compiler rejects becomes a failure at its place.</summary>
    private static void Collect(List<RuleCompileFailure> failures, List<RuleShape> shapes, Func<IEnumerable<RuleShape>> family)
    {
        try { shapes.AddRange(family()); }
        catch (ShapeException e) { failures.Add(new(e.Rule, e.Place, e.Message)); }
    }
}

/// <summary>A construct whose condition cannot be expressed as an NRules condition.</summary>
internal sealed class ShapeException(string rule, SourceRef? source, string message) : Exception(message)
{
    public string Rule { get; } = rule;
    public SourceRef? Place { get; } = source;
}
