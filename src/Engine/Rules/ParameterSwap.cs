using System.Linq.Expressions;

namespace EmergencyDSS.Engine.Rules;

/// <summary>Rewrites an expression tree with one parameter replaced, so a compiled language condition can be inlined into an NRules rule condition.</summary>
internal sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);

    /// <summary>The body of <paramref name="lambda"/> with each of its parameters replaced by the given expressions.</summary>
    public static Expression Inline(LambdaExpression lambda, params Expression[] arguments)
    {
        var body = lambda.Body;
        for (var i = 0; i < arguments.Length; i++) body = new ParameterSwap(lambda.Parameters[i], arguments[i]).Visit(body);
        return body;
    }
}
