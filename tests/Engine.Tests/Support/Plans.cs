using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;

namespace EmergencyDSS.Engine.Tests.Support;

/// <summary>The shipped rulesets, compiled once per test run.</summary>
internal static class Plans
{
    private static readonly Lazy<CompiledPlan> Chongqing = new(() => CompiledPlan.Compile(Load("chongqing-2024.dss")));

    public static CompiledPlan Chongqing2024 => Chongqing.Value;

    public static RuleModel Load(string name)
    {
        var compilation = RulesetCompiler.CompileFile(Path.Combine(RepoRoot(), "rulesets", name));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EmergencyDSS.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EmergencyDSS.sln not found above the test binaries");
    }
}
