namespace EmergencyDSS.Cli.Simulation;

/// <summary>Finds the repository (for `--demo`'s shipped ruleset and samples) above the tool or the working directory.</summary>
internal static class RepositoryLayout
{
    public static string? Root(string workingDirectory)
    {
        foreach (var start in new[] { workingDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "EmergencyDSS.sln")) && Directory.Exists(Path.Combine(dir.FullName, "samples"))) return dir.FullName;
        }
        return null;
    }
}
