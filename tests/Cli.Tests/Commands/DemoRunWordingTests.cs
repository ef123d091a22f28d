using System.Text.RegularExpressions;

namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>
/// The whole demo run (`dss simulate --demo`), read as a clerk reads it: no notice, notice index or
/// report carries an English word or internal code; one city notice per regional warning; at most one
/// traffic 通告 per zone and episode.
/// </summary>
public sealed partial class DemoRunWordingTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    // Allowed Latin: pollutant and index names, grades (C级, A级, B-级), road numbers (G5001), the receipt code after 确认码.
    [GeneratedRegex(@"(?<=确认码[：:]?)[A-Z2-7]{10}|https?://[^\s<>（）)]+|[\w.+-]+@[\w.-]+|(?<![A-Za-z])(?:AQI|PM2\.5|PM10|O3|NO2|SO2|CO|VOCs|NOx)(?![A-Za-z])|(?<![A-Za-z])[A-D][+-]?(?=级)|(?<![A-Za-z])G\d{2,5}")]
    private static partial Regex Allowed();

    /// <summary>The index's receipt-code column (确认码).</summary>
    [GeneratedRegex("<td class=\"ack\">[A-Z2-7]{10}</td>")]
    private static partial Regex AckCell();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Latin();

    [GeneratedRegex("<style>.*?</style>|<[^>]+>", RegexOptions.Singleline)]
    private static partial Regex Markup();

    [Fact]
    public void DemoRun_OfficialTextHasNoLatinCodes_OneRegionalNotice_OneTrafficNoticePerZone()
    {
        var (code, _, err) = _cli.Dss("simulate", "--demo", "--out", "demo");
        Assert.True(code == 0, err);
        var root = Path.Combine(_cli.Dir, "demo");
        var files = Directory.EnumerateFiles(Path.Combine(root, "notices"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Append(Path.Combine(root, "report.html")).ToList();
        Assert.True(files.Count > 10_000, $"only {files.Count} files");
        var leaks = new List<string>();
        foreach (var file in files)
        {
            var text = Allowed().Replace(Markup().Replace(AckCell().Replace(File.ReadAllText(file), " "), " "), " ");
            text = System.Net.WebUtility.HtmlDecode(text);
            foreach (Match m in Latin().Matches(text))
                if (leaks.Count < 20) leaks.Add($"{Path.GetRelativePath(root, file)}: 「{Around(text, m.Index)}」");
        }
        Assert.True(leaks.Count == 0, "Latin-letter codes in official text:\n" + string.Join("\n", leaks));

        var city = Path.Combine(root, "notices", "市级");
        var regional = Directory.EnumerateFiles(city, "regional-*.html").ToList();
        Assert.Single(regional);
        Assert.Single(Directory.EnumerateFiles(city, "zone-*.html"));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(root, "notices"), "zone-*.html", SearchOption.AllDirectories), f => !f.StartsWith(city, StringComparison.Ordinal));
        // District warnings of the region cite the city's regional notice by its 文号.
        var number = Regex.Match(File.ReadAllText(regional[0]), "渝环应急〔2024〕\\d+号").Value;
        Assert.Contains($"区域预警通知（{number}）", File.ReadAllText(Path.Combine(root, "notices", "渝北区", "warning-渝北区-issue.txt")));
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 20), Math.Min(50, text.Length - Math.Max(0, at - 20))).ReplaceLineEndings(" ");
}
