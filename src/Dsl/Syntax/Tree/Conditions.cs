using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Dsl.Syntax.Tree;

/// <summary>A day predicate as written.</summary>
internal abstract record ConditionNode : Node;

internal sealed record CompareNode(Name Field, CompareOp Op, Name? Word, NumberValue? Number) : ConditionNode;
internal sealed record InNode(Name Field, IReadOnlyList<Name> Values) : ConditionNode;
internal sealed record WarningNode(Name Level, Name? District, bool IsRegion) : ConditionNode;
internal sealed record DateNode(string From, string To, TextSpan FromSpan, TextSpan ToSpan) : ConditionNode;
internal sealed record AndNode(IReadOnlyList<ConditionNode> Parts) : ConditionNode;
internal sealed record OrNode(IReadOnlyList<ConditionNode> Parts) : ConditionNode;
internal sealed record NotNode(ConditionNode Inner) : ConditionNode;

/// <summary>A condition over a forecast series as written.</summary>
internal abstract record TriggerNode : Node;

/// <summary><c>each on N [consecutive] days [with some on at least K days]</c>.</summary>
internal sealed record WindowNode(ConditionNode Each, NumberValue Days, ConditionNode? Some, NumberValue? AtLeast) : TriggerNode;
internal sealed record AnyTriggerNode(IReadOnlyList<TriggerNode> Parts) : TriggerNode;
internal sealed record AllTriggerNode(IReadOnlyList<TriggerNode> Parts) : TriggerNode;
