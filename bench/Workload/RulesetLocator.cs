using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Bench.Workload;

/// <summary>Finds and compiles the shipped ruleset, rulesets/chongqing-2024.dss, from the checkout the bench runs in.</summary>
internal static class RulesetLocator
{
    public const string Chongqing = "rulesets/chongqing-2024.dss";

    public static string Find(string relative = Chongqing)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, relative);
                if (File.Exists(path)) return path;
            }
        throw new FileNotFoundException($"{relative} not found above {Environment.CurrentDirectory}");
    }

    public static RuleModel Compile(string path)
    {
        var compilation = RulesetCompiler.CompileFile(path);
        if (compilation.Model is { } model && !compilation.HasErrors) return model;
        throw new InvalidDataException($"{path} does not compile:\n" + string.Join("\n", compilation.Diagnostics));
    }
}
