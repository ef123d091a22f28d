using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Syntax;

/// <summary>One parsed file: its statements (those that parsed) and the syntax errors found.</summary>
internal sealed record SyntaxFile(string Path, string Text, IReadOnlyList<Statement> Statements, IReadOnlyList<SyntaxError> Errors);

/// <summary>A syntax error at a position: what was found, what was expected; or nesting past <see cref="NestingLimit.MaxDepth"/>.</summary>
internal sealed record SyntaxError(TextSpan Span, string Found, IReadOnlyList<string> Expected, bool TooDeep = false);
