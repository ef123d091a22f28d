namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>A parsed <c>*.test</c> file: the ruleset it tests and its test cases.</summary>
internal sealed record RulesetTestFile(string Path, string DisplayPath, string RulesetPath, IReadOnlyList<RulesetTestCase> Tests);
