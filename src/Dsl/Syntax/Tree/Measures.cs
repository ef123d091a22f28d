using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Dsl.Syntax.Tree;

/// <summary>One measure as written in a table cell or a 一厂一策 column.</summary>
internal sealed record MeasureNode(MeasureKind Kind, NumberValue? Percent, bool Lines, Name? Standard,
    string? Hours, Name? Reason) : Node;

/// <summary>Measures joined with <c>+</c>; a table cell that did not parse has none and says why in <see cref="Problem"/>.</summary>
internal sealed record MeasureListNode(IReadOnlyList<MeasureNode> Measures) : Node
{
    public CellProblem? Problem { get; init; }
}

/// <summary>A table row: grades, then one cell per column.</summary>
internal sealed record RowNode(IReadOnlyList<Name> Grades, IReadOnlyList<MeasureListNode> Cells) : Node;
