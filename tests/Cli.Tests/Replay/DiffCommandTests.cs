using System.Text.Json;
using EmergencyDSS.Cli.Tests.Commands;
using EmergencyDSS.Engine.Sampling;

namespace EmergencyDSS.Cli.Tests.Replay;

/// <summary>
/// `dss diff` between chongqing-2024.dss and a copy with one changed table cell (cement, grade B, orange: limit 20 % →
/// 40 %) over twelve issues of the sample winter reports exactly the cement B enterprises of the districts warned
/// orange (those without their own plan or a livelihood exemption, whom the table does not reach), and nothing else.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void OneChangedCell_ReportsExactlyThatIndustryAndGrade_InWarnedDistricts()
    {
        var forecasts = Path.Combine(_cli.Dir, "season");
        Directory.CreateDirectory(forecasts);
        foreach (var (name, csv) in SampleGenerator.Season(90, 2024).Skip(39).Take(12)) File.WriteAllBytes(Path.Combine(forecasts, name), csv);
        var variant = Path.Combine(_cli.Dir, "variant");
        foreach (var file in new[] { "chongqing-2024.dss" }.Concat(Directory.EnumerateFiles(Path.Combine(_cli.Dir, "chongqing-2024")).Concat(Directory.EnumerateFiles(Path.Combine(_cli.Dir, "templates")))
                     .Select(f => Path.GetRelativePath(_cli.Dir, f))))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(variant, file))!);
            File.Copy(Path.Combine(_cli.Dir, file), Path.Combine(variant, file));
        }
        var tables = Path.Combine(variant, "chongqing-2024", "industry-tables.dss");
        var text = File.ReadAllText(tables);
        const string row = "  B         | ban trucks below 国五                   | limit 20% + ban trucks below 国五 | stop + ban trucks below 国五";
        var at = text.IndexOf(row, text.IndexOf("table 水泥熟料 for 水泥", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(at > 0, "the cement table's B row");
        File.WriteAllText(tables, text[..at] + row.Replace("limit 20%", "limit 40%", StringComparison.Ordinal) + text[(at + row.Length)..]);
        var enterprises = Path.Combine(CliRun.RepoRoot(), "samples", "enterprises.csv");

        var (replayCode, _, replayErr) = _cli.Dss("replay", "--ruleset", "chongqing-2024.dss", "--enterprises", enterprises, "--forecasts", "season", "--out", "old");
        Assert.True(replayCode == 0, replayErr);
        var (code, output, err) = _cli.Dss("diff", "chongqing-2024.dss", "variant/chongqing-2024.dss", "--forecasts", "season", "--enterprises", enterprises, "--html", "diff.html");
        Assert.True(code == 0, err);

        using var timeline = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.Dir, "old", "timeline.json")));
        var orange = timeline.RootElement.GetProperty("districts").EnumerateArray()
            .Where(d => d.GetProperty("steps").EnumerateArray().Any(s => s.TryGetProperty("level", out var l) && l.GetString() == "orange"))
            .Select(d => d.GetProperty("district").GetString()!).ToHashSet();
        var header = File.ReadLines(enterprises).First().Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var expected = File.ReadLines(enterprises).Skip(1).Select(l => l.Split(','))
            .Where(f => f[Col("industry")] == "水泥" && f[Col("grade")] == "B" && f[Col("livelihood")] == "false" && f[Col("measure_orange")] == ""
                        && orange.Contains(f[Col("district")]))
            .Select(f => f[Col("id")]).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        var lines = output.Split('\n');
        var reported = lines.Where(l => l.StartsWith("    ", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, reported);
        Assert.Contains("warning levels: 0 district-days change", output);
        Assert.Contains("lifecycle steps: 0 change", output);
        Assert.Contains($"enterprises: {expected.Count} change", output);
        Assert.Single(lines, l => l.StartsWith("  水泥 B: ", StringComparison.Ordinal));
        var notices = lines.Single(l => l.StartsWith("notices: ", StringComparison.Ordinal));
        Assert.All(notices[(notices.IndexOf('(') + 1)..notices.LastIndexOf(')')].Split(", "), g => Assert.StartsWith("enterprise ", g));
        var html = File.ReadAllText(Path.Combine(_cli.Dir, "diff.html"));
        Assert.Contains("水泥行业", html);
        Assert.DoesNotMatch("[A-Za-z]{4,}", System.Text.RegularExpressions.Regex.Replace(html, @"<style>[\s\S]*?</style>|<[^>]*>|&[a-z]+;", ""));
    }
}
