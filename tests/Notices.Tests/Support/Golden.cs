namespace EmergencyDSS.Notices.Tests.Support;

/// <summary>Golden files under Cases/; DSS_UPDATE_GOLDEN=1 rewrites them (then review the diff).</summary>
internal static class Golden
{
    public static string CasesDirectory => Path.Combine(Demo.RepoRoot(), "tests", "Notices.Tests", "Cases");

    public static void Match(string name, string actual)
    {
        var path = Path.Combine(CasesDirectory, name);
        if (Environment.GetEnvironmentVariable("DSS_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(CasesDirectory);
            File.WriteAllText(path, actual);
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run with DSS_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
