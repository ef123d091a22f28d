namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>One test's result: passed when <see cref="Failures"/> is empty; each failure is a located line and its diff.</summary>
internal sealed record TestOutcome(RulesetTestFile File, RulesetTestCase Test, IReadOnlyList<string> Failures, IReadOnlySet<string> Exercised)
{
    public bool Passed => Failures.Count == 0;
}
