namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>Output is byte-stable, independent of input row order, and explainable.</summary>
public sealed class SimulateOutputTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private byte[] Simulate(string forecast, string enterprises, string outDir)
    {
        var (code, _, err) = _cli.Dss("simulate", "--ruleset", "chongqing-2024.dss", "--forecast", forecast, "--enterprises", enterprises, "--out", outDir);
        Assert.True(code == 0, err);
        return File.ReadAllBytes(Path.Combine(_cli.Dir, outDir, "decisions.json"));
    }

    private void Sample() => Assert.Equal(0, _cli.Dss("sample", "--enterprises", "400", "--sites", "50", "--seed", "7", "--out", "data").Code);

    [Fact]
    public void SameInputs_GiveByteIdenticalDecisions()
    {
        Sample();
        var a = Simulate("data/forecast-regional.csv", "data/enterprises.csv", "a");
        var b = Simulate("data/forecast-regional.csv", "data/enterprises.csv", "b");
        Assert.Equal(a, b);
        Assert.True(a.Length > 10_000);
    }

    [Fact]
    public void ShuffledRows_GiveTheSameBytes()
    {
        Sample();
        foreach (var name in new[] { "forecast-red.csv", "enterprises.csv" })
        {
            var lines = File.ReadAllLines(Path.Combine(_cli.Dir, "data", name));
            var shuffled = lines.Skip(1).OrderBy(l => l.GetHashCode(StringComparison.Ordinal)).Prepend(lines[0]);
            File.WriteAllLines(Path.Combine(_cli.Dir, "data", "shuffled-" + name), shuffled);
        }
        Assert.Equal(Simulate("data/forecast-red.csv", "data/enterprises.csv", "a"), Simulate("data/shuffled-forecast-red.csv", "data/shuffled-enterprises.csv", "b"));
    }

    [Fact]
    public void Sample_WeightsDistrictsExactlyAsTheDistrictList()
    {
        Assert.Equal(0, _cli.Dss("sample", "--out", "full", "--sites", "10").Code);
        var counts = File.ReadLines(Path.Combine(_cli.Dir, "full", "enterprises.csv")).Skip(1).GroupBy(l => l.Split(',')[2]).ToDictionary(g => g.Key, g => g.Count());
        var expected = File.ReadLines(Path.Combine(CliRun.RepoRoot(), "src", "Engine", "Sampling", "districts.csv")).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(f => f[0], f => int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.OrderBy(p => p.Key), counts.OrderBy(p => p.Key));
        Assert.Equal(15539, counts.Values.Sum());
    }

    [Fact]
    public void Explain_SaysWhyAnEnterpriseMustStop()
    {
        Sample();
        Simulate("data/forecast-red.csv", "data/enterprises.csv", "out");
        var json = File.ReadAllText(Path.Combine(_cli.Dir, "out", "decisions.json"));
        var id = System.Text.RegularExpressions.Regex.Match(json, "\"target\": \"(9[0-9A-Z]{17})\",[^}]*\"kind\": \"stop\"").Groups[1].Value;
        var (code, output, _) = _cli.Dss("explain", "out/decisions.json", id);
        Assert.Equal(0, code);
        Assert.Contains("措施（生产管控）：停产", output);
        Assert.Contains("红色预警", output);
        Assert.Contains("理由：", output);
        Assert.Equal(1, _cli.Dss("explain", "out/decisions.json", "NO-SUCH-ID").Code);
    }

    [Fact]
    public void Notices_AreWrittenPerTargetAndEvent_WithAnIndex()
    {
        Sample();
        Simulate("data/forecast-red.csv", "data/enterprises.csv", "out");
        var notices = Path.Combine(_cli.Dir, "out", "notices");
        Assert.True(File.Exists(Path.Combine(notices, "index.html")));
        var html = Directory.EnumerateFiles(notices, "*-issue.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(html);
        Assert.All(html, f => Assert.True(File.Exists(Path.ChangeExtension(f, ".txt")), $"{f} has no text version"));
        Assert.Matches(@"渝环应急告?〔2024〕\d+号", File.ReadAllText(html[0]));
        Assert.Equal(0, _cli.Dss("simulate", "--ruleset", "chongqing-2024.dss", "--forecast", "data/forecast-red.csv",
            "--enterprises", "data/enterprises.csv", "--no-notices", "--out", "bare").Code);
        Assert.False(Directory.Exists(Path.Combine(_cli.Dir, "bare", "notices")));
    }

    [Fact]
    public void BrokenTemplate_FailsCheck_WithFileAndLine()
    {
        File.AppendAllText(Path.Combine(_cli.Dir, "templates", "enterprise-stop.sbn"), "\n{{ for x in }}\n");
        var (code, output, _) = _cli.Dss("check", "chongqing-2024.dss");
        Assert.Equal(1, code);
        Assert.Contains("templates/enterprise-stop.sbn", output);
        Assert.Contains("DSS5002", output);
    }

    [Fact]
    public void Report_IsOneSelfContainedPage()
    {
        Sample();
        Simulate("data/forecast-regional.csv", "data/enterprises.csv", "out");
        var html = File.ReadAllText(Path.Combine(_cli.Dir, "out", "report.html"));
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("渝中区", html);
    }
}
