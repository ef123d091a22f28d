namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>Paths in the repository (the shipped ruleset and samples).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Ruleset => Path.Combine(Root, "rulesets", "chongqing-2024.dss");

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    /// <summary>Every <paramref name="step"/>-th enterprise of the sample city (header kept), written to a temp file.</summary>
    public static string EnterpriseSubset(string folder, int step)
    {
        var lines = File.ReadAllLines(Sample("enterprises.csv"));
        var subset = lines.Take(1).Concat(lines.Skip(1).Where((_, i) => i % step == 0));
        var path = Path.Combine(folder, $"enterprises-every-{step}.csv");
        File.WriteAllLines(path, subset);
        return path;
    }

    /// <summary>Gives every enterprise of the list a webhook column pointing at <paramref name="url"/> (the file is rewritten).</summary>
    public static string WithWebhook(string csv, Uri url)
    {
        var lines = File.ReadAllLines(csv, System.Text.Encoding.UTF8);
        File.WriteAllLines(csv, [lines[0] + ",webhook", .. lines.Skip(1).Select(l => $"{l},{url}")], new System.Text.UTF8Encoding(false));
        return csv;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EmergencyDSS.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (EmergencyDSS.sln) above " + AppContext.BaseDirectory);
    }
}
