namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>One <c>test "…"</c> of a test file: its inputs inline and what it expects.</summary>
internal sealed record RulesetTestCase
{
    public required string Name { get; init; }
    public required int Line { get; init; }
    public DateTimeOffset? IssuedAt { get; set; }
    public TestBlock? Forecast { get; set; }
    public TestBlock? Enterprises { get; set; }
    public TestBlock? Sites { get; set; }
    /// <summary>On-site findings for the supervision and exposure lists.</summary>
    public TestBlock? Inspections { get; set; }
    /// <summary>A list file instead of an inline block (relative to the test file).</summary>
    public (int Line, string Path)? EnterprisesFile { get; set; }
    public List<Expectation> Expectations { get; } = [];
}
