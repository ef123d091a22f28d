using EmergencyDSS.Dsl.Tests.Support;

namespace EmergencyDSS.Dsl.Tests.Binding;

/// <summary>Each Cases/Diagnostics/*.dss compiles to exactly the diagnostics in its .expected file.</summary>
public sealed class DiagnosticGoldenTests
{
    public static IEnumerable<object[]> Files => Golden.Cases("Diagnostics", "*.dss");

    [Theory]
    [MemberData(nameof(Files))]
    public void Case_ReportsExactlyTheExpectedDiagnostics(string file)
    {
        var path = Path.Combine(Golden.CasesDir("Diagnostics"), file);
        var compilation = RulesetCompiler.CompileFile(path);
        var actual = string.Join("\n", compilation.Diagnostics.Select(d => d.ToString().Replace(Golden.CasesDir("Diagnostics") + "/", ""))) + "\n";
        Golden.Match(Path.ChangeExtension(path, ".expected"), actual);
    }
}
