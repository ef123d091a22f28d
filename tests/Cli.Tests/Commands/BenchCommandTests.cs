using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>`dss bench` and `dss bench-cycle` option checks; the benchmarks themselves run in CI as `dss bench --quick` and one cycle.</summary>
public sealed class BenchCommandTests
{
    [Theory]
    [InlineData(new[] { "bench", "--quick", "--filter", "*" }, "dss bench: --filter selects BenchmarkDotNet benchmarks; it does not go with --quick")]
    [InlineData(new[] { "bench", "--size", "national" }, "dss bench: --size, --seconds and --reference go with --quick")]
    [InlineData(new[] { "bench", "--reference" }, "dss bench: --size, --seconds and --reference go with --quick")]
    [InlineData(new[] { "bench", "--quick", "--seconds", "0" }, "dss bench: --seconds needs a positive number")]
    [InlineData(new[] { "bench", "extra" }, "dss bench: unexpected argument `extra`")]
    [InlineData(new[] { "bench-cycle", "--postgres", "Host=127.0.0.1", "--servers", "5" }, "dss bench-cycle: --servers takes 1 to 4")]
    [InlineData(new[] { "bench-cycle", "--postgres", "Host=127.0.0.1", "--servers", "0" }, "dss bench-cycle: --servers takes 1 to 4")]
    public void Bench_BadOptions_ExitsWithUsageCode(string[] argv, string expected)
    {
        var error = new StringWriter();

        var code = CommandHost.Run(argv, new StringWriter(), error, Path.GetTempPath());

        Assert.Equal(2, code);
        Assert.Equal(expected, error.ToString().Split('\n')[0].TrimEnd());
    }
}
