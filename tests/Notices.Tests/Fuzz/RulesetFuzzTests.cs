using EmergencyDSS.Dsl;
using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests.Fuzz;

/// <summary>Grammar-aware mutations of the shipped rulesets: compile never throws or hangs, every error is positioned in the file.</summary>
public sealed class RulesetFuzzTests
{
    private static readonly string[] Hostile =
    [
        "not ", "非", "(", ")", " and ", " or ", "{", "}", "[", "]", "\"", "\"\"", "#", "\n", "\uFEFF", "\0", "level", "when", "on", "days", "include \"../../etc/passwd\"\n",
        "template x \"/etc/shadow\" for issue of warning\n", "include \"chongqing-2024.dss\"\n", "0", "-1", "1e309", "99999999999999999999999", "2024-02-30",
        "25:00", "100%", "130%", "∞", "NaN", "..", "->", "--", "yellow", "red", "aqi", "重污染", new string('x', 5000),
    ];

    [Fact]
    public async Task MutatedRulesets_NeverCrash_AndEveryErrorIsPositioned()
    {
        var folder = Path.Combine(Demo.RepoRoot(), "rulesets");
        var shipped = Directory.GetFiles(folder, "*.dss").Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Tokens: FuzzCases.Tokens(File.ReadAllText(f)))).ToList();
        var random = new Random(FuzzCases.Seed);
        var rejected = 0;
        for (var i = 0; i < FuzzCases.Count; i++)
        {
            var (path, tokens) = shipped[i % shipped.Count];
            var text = FuzzCases.Mutate(tokens, random, Hostile);
            RulesetCompilation? compilation = null;
            await FuzzCases.RunAsync(i, Path.GetFileName(path), () => compilation = RulesetCompiler.CompileText(text, path), text);
            var lines = text.Split('\n').Length;
            foreach (var d in compilation!.Diagnostics.Where(d => d.Span.File == Path.GetFileName(path)))
                Assert.True(d.Span.Line >= 1 && d.Span.Line <= lines + 1 && d.Span.Column >= 1, $"case {i}: {d}");
            if (compilation.HasErrors) rejected++;
        }
        Assert.InRange(rejected, FuzzCases.Count / 4, FuzzCases.Count); // the mutations do reach the checker
    }
}
