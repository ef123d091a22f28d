using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;
using NRules;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>
/// A rule model compiled once into an NRules <see cref="ISessionFactory"/> (its rules built with
/// RuleBuilder, conditions as expression trees) plus the pre-resolved tables the actions read.
/// Immutable and thread-safe: every <see cref="Evaluate"/> runs its own sessions from the factory.
/// </summary>
public sealed class CompiledPlan
{
    private readonly PlanContext _context;
    private readonly ISessionFactory _factory;

    private CompiledPlan(PlanContext context, ISessionFactory factory, IReadOnlyList<string> rules)
    {
        _context = context;
        _factory = factory;
        RuleNames = rules;
    }

    public RuleModel Model => _context.Model;

    /// <summary>The NRules rules the plan compiled into, by name.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>Compiles <paramref name="model"/>; a construct NRules cannot compile throws, naming its place (run <see cref="Check"/> first to get them as data).</summary>
    public static CompiledPlan Compile(RuleModel model)
    {
        var (plan, failures) = TryCompile(model);
        return plan ?? throw new InvalidOperationException(string.Join("; ", failures.Select(f => $"{f.Source}: {f.Rule}: {f.Message}")));
    }

    /// <summary>The constructs of <paramref name="model"/> that NRules cannot compile (empty: it compiles).</summary>
    internal static IReadOnlyList<RuleCompileFailure> Check(RuleModel model) => TryCompile(model).Failures;

    internal static (CompiledPlan? Plan, IReadOnlyList<RuleCompileFailure> Failures) TryCompile(RuleModel model)
    {
        PlanContext context;
        ConditionCompiler conditions;
        try { (context, conditions) = PlanContextBuilder.Build(model); }
        catch (ShapeException e) { return (null, [new(e.Rule, e.Place, e.Message)]); }
        var (factory, rules, failures) = RuleSetCompiler.Compile(context, conditions);
        return factory is null ? (null, failures) : (new CompiledPlan(context, factory, rules), []);
    }

    /// <summary>Mean microseconds to create one NRules session from the factory (for `bench profile`).</summary>
    internal double SessionCreationMicroseconds(int count)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < count; i++) _factory.CreateSession();
        return clock.Elapsed.TotalMicroseconds / count;
    }

    /// <summary>Evaluates one forecast against the reduction list and sites; <paramref name="now"/> is the injected clock.</summary>
    public DecisionSet Evaluate(Forecast forecast, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites, DateTimeOffset now) =>
        Evaluate(forecast, enterprises, sites, now, null, null);

    /// <summary>As <see cref="Evaluate(Forecast, IReadOnlyList{Enterprise}, IReadOnlyList{Site}, DateTimeOffset)"/>, recording the NRules firing trace.</summary>
    public DecisionSet Evaluate(Forecast forecast, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites, DateTimeOffset now, FiringTrace trace) =>
        Evaluate(forecast, enterprises, sites, now, null, trace);

    /// <summary>As above, recording stage and rule timings (sessions then run one after another).</summary>
    internal DecisionSet Evaluate(Forecast forecast, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites, DateTimeOffset now, SessionProfile? profile, FiringTrace? trace = null) =>
        new SessionRunner(_factory, _context, profile, trace).Run(forecast, enterprises, sites, now);
}
