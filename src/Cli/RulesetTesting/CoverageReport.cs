namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>
/// Coverage per ruleset: how many of its triggers, table cells, rules and templates (see
/// <see cref="CoverageItems"/>) some test exercised, the ones none did, and a last line <c>coverage: N%</c>.
/// </summary>
internal static class CoverageReport
{
    /// <summary>Writes the report; false when a ruleset is below <paramref name="threshold"/> percent.</summary>
    public static bool Write(TextWriter output, RulesetTestRunner runner, IReadOnlyList<TestOutcome> outcomes, int threshold)
    {
        var ok = true;
        var (covered, total) = (0, 0);
        foreach (var (path, model) in runner.Models.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var items = CoverageItems.Of(model);
            var exercised = outcomes.Where(o => runner.RulesetKey(o.File) == path).SelectMany(o => o.Exercised).ToHashSet(StringComparer.Ordinal);
            var missed = items.Where(i => !exercised.Contains(i)).ToList();
            var percent = Percent(items.Count - missed.Count, items.Count);
            output.WriteLine($"coverage of {Path.GetFileName(path)}: {items.Count - missed.Count} of {items.Count} ({percent}%)");
            foreach (var item in missed) output.WriteLine($"  not exercised: {item}");
            if (percent < threshold)
            {
                output.WriteLine($"  below the threshold of {threshold}%");
                ok = false;
            }
            covered += items.Count - missed.Count;
            total += items.Count;
        }
        output.WriteLine($"coverage: {Percent(covered, total)}%");
        return ok;
    }

    /// <summary>Rounded down, so 89.9% never reads as 90%.</summary>
    private static int Percent(int covered, int total) => total == 0 ? 100 : covered * 100 / total;
}
