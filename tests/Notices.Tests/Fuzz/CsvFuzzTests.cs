using System.Text;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests.Fuzz;

/// <summary>Mutated forecast, reduction-list and site CSVs: the loaders never throw or hang; a rejection names file:row:column.</summary>
public sealed class CsvFuzzTests
{
    private static readonly string[] Hostile =
    [
        ",", ",,", "\"", "\"\"", "\n", "\r\n", "\r", "\uFEFF", "\0", "-1", "0", "1e309", "NaN", "∞", "99999999999999999999999", "2024-02-30", "2024-12-01T25:00:00+08:00",
        "x", "渝北区", "不存在区", " ", "\t", new string('9', 400), new string('字', 3000), "=cmd|' /C calc'!A0", "91500000000000000X",
    ];

    [Fact]
    public async Task MutatedCsvs_NeverCrash_AndEveryErrorIsPositioned()
    {
        var samples = Path.Combine(Demo.RepoRoot(), "samples");
        var inputs = new (string Name, Func<byte[], string, IReadOnlyList<string>> Load)[]
        {
            ("forecast-orange.csv", (b, n) => ForecastLoader.Parse(b, n, Demo.Model).Errors),
            ("forecast-regional.csv", (b, n) => ForecastLoader.Parse(b, n, Demo.Model).Errors),
            ("enterprises.csv", (b, n) => ReductionListLoader.Parse(b, n, Demo.Model).Errors),
            ("sites.csv", (b, n) => SiteListLoader.Parse(b, n, Demo.Model).Errors),
        };
        var sources = inputs.Select(i => (i.Name, i.Load, Tokens: CsvTokens(Head(Path.Combine(samples, i.Name))))).ToList();
        var random = new Random(FuzzCases.Seed);
        for (var i = 0; i < FuzzCases.Count; i++)
        {
            var (name, load, tokens) = sources[i % sources.Count];
            var text = FuzzCases.Mutate(tokens, random, Hostile);
            var bytes = random.Next(10) == 0 ? Encoding.GetEncoding("utf-16").GetBytes(text) : Encoding.UTF8.GetBytes(text);
            if (random.Next(10) == 0 && bytes.Length > 0) bytes[random.Next(bytes.Length)] = (byte)random.Next(256); // not UTF-8 any more
            IReadOnlyList<string> errors = [];
            await FuzzCases.RunAsync(i, name, () => errors = load(bytes, name), text);
            Assert.All(errors, e => Assert.Matches(@$"^({name}:\d+(:\d+)?: |… and \d+ more$)", e));
        }
    }

    // The first 60 lines: enough rows for every column, small enough for thousands of cases.
    private static string Head(string path) => string.Join('\n', File.ReadLines(path).Take(60)) + "\n";

    private static List<string> CsvTokens(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is ',' or '\n')
            {
                tokens.Add(text[start..i]);
                tokens.Add(text[i].ToString());
                start = i + 1;
            }
        tokens.Add(text[start..]);
        return tokens;
    }
}
