using System.Linq.Expressions;
using EmergencyDSS.Dsl.Model;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// One rule of the language as an NRules rule definition: its name (the rule id decisions.json
/// names), priority, the patterns it matches (fact type, declaration name, conditions as lambda
/// expressions whose parameters name the declarations) and its action. Built with
/// <see cref="RuleBuilder"/>, the way an external language targets NRules.
/// </summary>
internal class RuleShape(string name, int priority, SourceRef? source)
{
    private readonly List<Action<GroupBuilder>> _patterns = [];
    private LambdaExpression? _action;

    public string Name { get; } = name;

    /// <summary>Where the construct was written (for diagnostics when NRules cannot compile it).</summary>
    public SourceRef? Source { get; } = source;

    public RuleShape Match<TFact>(string declaration, params LambdaExpression[] conditions)
    {
        _patterns.Add(lhs =>
        {
            var pattern = lhs.Pattern(typeof(TFact), declaration);
            foreach (var condition in conditions) pattern.Condition(condition);
        });
        return this;
    }

    /// <summary>
    /// A collect aggregate: <paramref name="declaration"/> is every fact of <typeparamref name="TFact"/>
    /// that satisfies <paramref name="member"/>; the rule matches when <paramref name="collection"/> holds.
    /// </summary>
    public RuleShape Collect<TFact>(string declaration, Expression<Func<TFact, bool>> member, Expression<Func<IEnumerable<TFact>, bool>> collection)
    {
        _patterns.Add(lhs =>
        {
            var pattern = lhs.Pattern(typeof(IEnumerable<TFact>), declaration);
            var aggregate = pattern.Aggregate();
            aggregate.Collect();
            aggregate.Pattern(typeof(TFact), member.Parameters[0].Name!).Condition(member);
            pattern.Condition(Rename(collection, declaration));
        });
        return this;
    }

    private static LambdaExpression Rename(LambdaExpression lambda, string name)
    {
        var renamed = Expression.Parameter(lambda.Parameters[0].Type, name);
        return Expression.Lambda(ParameterSwap.Inline(lambda, renamed), renamed);
    }

    public RuleShape Then(LambdaExpression action)
    {
        _action = action;
        return this;
    }

    public IRuleDefinition Build()
    {
        var builder = new RuleBuilder();
        builder.Name(Name);
        builder.Priority(priority);
        var lhs = builder.LeftHandSide();
        foreach (var pattern in _patterns) pattern(lhs);
        builder.RightHandSide().Action(_action ?? throw new InvalidOperationException($"rule {Name} has no action"));
        return builder.Build();
    }

    /// <summary>A lambda for a condition or action, written once in C# and handed to NRules as an expression tree.</summary>
    public static Expression<T> Lambda<T>(Expression<T> expression) => expression;
}
