namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>The test run in the terminal: PASS/FAIL per test, grouped by file, each failure with its diff, then a count.</summary>
internal static class TestReport
{
    public static void Write(TextWriter output, IReadOnlyList<TestOutcome> outcomes)
    {
        foreach (var group in outcomes.GroupBy(o => o.File.DisplayPath))
        {
            output.WriteLine(group.Key);
            foreach (var outcome in group)
            {
                output.WriteLine($"  {(outcome.Passed ? "PASS" : "FAIL")}  {outcome.Test.Name}");
                foreach (var line in outcome.Failures) output.WriteLine($"        {line}");
            }
        }
        var failed = outcomes.Count(o => !o.Passed);
        output.WriteLine(outcomes.Count == 0 ? "no test ran"
            : failed == 0 ? $"all {outcomes.Count} tests passed"
            : $"{failed} of {outcomes.Count} tests failed");
    }
}
