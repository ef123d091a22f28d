namespace EmergencyDSS.Dsl.Syntax.Tree;

/// <summary>
/// Why a table cell is not a measure list, kept on the cell so the rest of the table still parses:
/// the first word when it is no measure at all, else what was found where and what was expected.
/// </summary>
internal sealed record CellProblem(TextSpan At, string? UnknownWord, string Found, IReadOnlyList<string> Expected);
