namespace EmergencyDSS.Dsl.Tests.Support;

/// <summary>
/// Golden files: compare with the expected file beside the case; with DSS_UPDATE_GOLDEN=1 the
/// expected file is (re)written instead, to be reviewed in the diff before committing.
/// </summary>
internal static class Golden
{
    public static string CasesDir(string kind) => Path.Combine(RepoRoot(), "tests", "Dsl.Tests", "Cases", kind);

    public static void Match(string expectedPath, string actual)
    {
        if (Environment.GetEnvironmentVariable("DSS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing golden file {expectedPath} (run with DSS_UPDATE_GOLDEN=1 and review)");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    public static IEnumerable<object[]> Cases(string kind, string pattern) =>
        Directory.EnumerateFiles(CasesDir(kind), pattern).Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EmergencyDSS.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EmergencyDSS.sln not found");
    }

    /// <summary>The shipped rulesets with their includes inlined, as one text (for mutation and fmt properties).</summary>
    public static IReadOnlyList<(string Name, string Text)> ShippedFlattened()
    {
        var folder = Path.Combine(RepoRoot(), "rulesets");
        return Directory.EnumerateFiles(folder, "*.dss").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), Flatten(f))).ToList();
    }

    private static string Flatten(string path)
    {
        var lines = File.ReadAllLines(path);
        return string.Join("\n", lines.SelectMany(line =>
            line.StartsWith("include \"", StringComparison.Ordinal)
                ? File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, line[9..line.LastIndexOf('"')])).Split('\n')
                : [line]));
    }
}
