using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>Runs `dss` in-process in a temporary working directory holding copies of the shipped ruleset.</summary>
internal sealed class CliRun : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("dss-cli-").FullName;

    public CliRun()
    {
        var rulesets = Path.Combine(RepoRoot(), "rulesets");
        foreach (var file in Directory.EnumerateFiles(rulesets, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Dir, Path.GetRelativePath(rulesets, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public (int Code, string Out, string Err) Dss(params string[] argv)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandHost.Run(argv, output, error, Dir);
        return (code, output.ToString(), error.ToString());
    }

    public string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(Dir, name), text);
        return name;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Dir, name), bytes);
        return name;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EmergencyDSS.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EmergencyDSS.sln not found");
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
