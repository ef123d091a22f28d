using System.Text.Json;

namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>A forecast that reaches no level: exit 0, no decisions, and every output says so (issue 10).</summary>
public sealed class SimulateCleanForecastTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void CleanForecast_WritesEmptyDecisionsAndSaysThereIsNoWarning()
    {
        var samples = Path.Combine(CliRun.RepoRoot(), "samples");
        var (code, output, err) = _cli.Dss("simulate", "--ruleset", "chongqing-2024.dss",
            "--forecast", Path.Combine(samples, "forecast-clean.csv"), "--enterprises", Path.Combine(samples, "enterprises.csv"),
            "--sites", Path.Combine(samples, "sites.csv"), "--out", "clean");

        Assert.True(code == 0, err);
        Assert.Contains("(no warning", output, StringComparison.Ordinal);
        Assert.Contains("0 notices", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.Dir, "clean", "decisions.json")));
        foreach (var list in new[] { "warnings", "measures", "regional_warnings", "advisories", "rainfall_requests" })
            Assert.Equal(0, json.RootElement.GetProperty(list).GetArrayLength());
        var index = File.ReadAllText(Path.Combine(_cli.Dir, "clean", "notices", "index.html"));
        Assert.Contains("通知清单（0份）", index, StringComparison.Ordinal);
        Assert.Contains("无需发布通知", index, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_cli.Dir, "clean", "notices"), "*", SearchOption.AllDirectories));
    }
}
