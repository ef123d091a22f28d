namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>
/// One <c>expect …</c> line: what the evaluation must (or, with <c>no</c>, must not) contain.
/// <c>Words</c> are the line's words after the subject, as written.
/// </summary>
internal sealed record Expectation(int Line, string Text, bool Negated, string Subject, IReadOnlyList<string> Words);
