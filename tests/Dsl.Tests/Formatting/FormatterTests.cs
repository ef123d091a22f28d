using System.Text.Json.Nodes;
using EmergencyDSS.Dsl.Formatting;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EmergencyDSS.Dsl.Tests.Formatting;

public sealed class FormatterTests
{
    public static IEnumerable<object[]> Inputs => Golden.Cases("Format", "*.input.dss");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Format_MatchesGolden(string file)
    {
        var path = Path.Combine(Golden.CasesDir("Format"), file);
        var formatted = RulesetFormatter.Format(File.ReadAllText(path));
        Golden.Match(path.Replace(".input.dss", ".expected.dss"), formatted);
        Assert.Equal(formatted, RulesetFormatter.Format(formatted));
    }

    [Fact]
    public void ShippedRulesets_AreAlreadyCanonical()
    {
        var folder = Path.Combine(Golden.RepoRoot(), "rulesets");
        foreach (var file in Directory.EnumerateFiles(folder, "*.dss", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.True(text == RulesetFormatter.Format(text), $"{file} is not in canonical format");
        }
    }

    /// <summary>Random whitespace damage (spaces, indentation, blank lines) never changes the model, and fmt is idempotent.</summary>
    [Property(MaxTest = 40)]
    public Property Fmt_RoundTrips(PositiveInt seed)
    {
        var shipped = Golden.ShippedFlattened();
        var (name, text) = shipped[seed.Get % shipped.Count];
        var damaged = Damage(text, new Random(seed.Get));
        var formatted = RulesetFormatter.Format(damaged);
        var original = Model(text, name);
        var reparsed = Model(formatted, name);
        var same = original is not null && reparsed is not null && Meaning(original) == Meaning(reparsed);
        return (same && RulesetFormatter.Format(formatted) == formatted && formatted == RulesetFormatter.Format(text)).Label($"{name}, seed {seed.Get}");
    }

    /// <summary>The model's JSON without what layout legitimately moves: source positions and the text's hash.</summary>
    private static string Meaning(RuleModel model)
    {
        var node = JsonNode.Parse(RuleModelJson.Serialize(model))!;
        Strip(node);
        return node.ToJsonString();
    }

    private static void Strip(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            o.Remove("source");
            o.Remove("sha256");
            foreach (var (_, child) in o.ToList()) Strip(child);
        }
        else if (node is JsonArray a) foreach (var child in a) Strip(child);
    }

    private static RuleModel? Model(string text, string name) =>
        RulesetCompiler.CompileText(text, Path.Combine(Golden.RepoRoot(), "rulesets", name)).Model;

    private static string Damage(string text, Random random)
    {
        var lines = text.Split('\n').Select(line =>
        {
            var l = random.Next(3) == 0 ? new string(' ', random.Next(0, 6)) + line.TrimStart() : line;
            var code = !l.Contains('#') && !l.Contains('"');
            l = code && random.Next(3) == 0 ? l.Replace(", ", ",") : l;
            l = code && random.Next(3) == 0 ? l.Replace(" | ", "|") : l;
            return random.Next(4) == 0 ? l + "   " : l;
        }).SelectMany(l => l.Trim().Length == 0 && random.Next(2) == 0 ? new[] { l, "", "  " } : new[] { l });
        return string.Join("\n", lines);
    }
}
