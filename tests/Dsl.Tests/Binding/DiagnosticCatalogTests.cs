using System.Text.RegularExpressions;
using EmergencyDSS.Dsl.Tests.Support;

namespace EmergencyDSS.Dsl.Tests.Binding;

/// <summary>Every code in the catalogue is shown by a golden case and explained, with an example, in docs/diagnostics.md.</summary>
public sealed partial class DiagnosticCatalogTests
{
    private static IReadOnlySet<string> CatalogueCodes() =>
        Codes(File.ReadAllText(Path.Combine(Golden.RepoRoot(), "src", "Dsl", "Binding", "DiagnosticCatalog.cs")));

    private static SortedSet<string> Codes(string text) => new(Code().Matches(text).Select(m => m.Value), StringComparer.Ordinal);

    [Fact]
    public void EveryCode_HasAGoldenCase()
    {
        var shown = Codes(string.Concat(Directory.EnumerateFiles(Golden.CasesDir("Diagnostics"), "*.expected").Select(File.ReadAllText)));
        Assert.Empty(CatalogueCodes().Except(shown));
    }

    [Fact]
    public void EveryCode_IsDocumentedWithAnExample()
    {
        var doc = File.ReadAllText(Path.Combine(Golden.RepoRoot(), "docs", "diagnostics.md"));
        var documented = Codes(string.Join('\n', doc.Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal))));
        Assert.Equal(CatalogueCodes(), documented);
    }

    [GeneratedRegex(@"DSS0\d{3}")]
    private static partial Regex Code();
}
