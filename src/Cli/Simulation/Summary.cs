using System.Globalization;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Cli.Simulation;

/// <summary>The duty desk's one-screen summary: districts per level, measures per kind, reduction ratios and shortfalls.</summary>
internal static class Summary
{
    public static void Write(TextWriter output, DecisionSet d, string outDir, int notices)
    {
        output.WriteLine($"ruleset   {d.Ruleset.Name} {d.Ruleset.Version}");
        output.WriteLine($"forecast  issued {d.Forecast.IssuedAt:yyyy-MM-dd HH:mm zzz}");
        output.WriteLine();
        output.WriteLine("districts per level");
        foreach (var level in d.Levels)
        {
            var districts = d.Warnings.Where(w => w.Level == level).Select(w => w.District).Distinct().Count();
            if (districts > 0) output.WriteLine($"  {level,-10} {districts,6}");
        }
        if (d.Warnings.Count == 0) output.WriteLine("  (no warning: the forecast reaches no warning level, no measure applies)");
        output.WriteLine();
        output.WriteLine("measures per target and kind");
        foreach (var g in d.Measures.GroupBy(m => $"{m.TargetKind} {m.Category} {m.Kind}").OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {g.Key,-34} {g.Count(),6}");
        output.WriteLine();
        var shortfalls = d.Reductions.Where(r => !r.Met).ToList();
        output.WriteLine($"reduction accounting: {d.Reductions.Count} district × pollutant rows, {shortfalls.Count} below target");
        foreach (var r in shortfalls.Take(12))
            output.WriteLine($"  {r.District} {r.Level} {r.Pollutant}: {Pct(r.Ratio)} < {Pct(r.Required)} required");
        if (shortfalls.Count > 12) output.WriteLine($"  … and {shortfalls.Count - 12} more");
        output.WriteLine();
        output.WriteLine($"wrote {Path.Combine(outDir, "decisions.json")}, report.html and {notices} notices (notices/index.html)");
    }

    private static string Pct(double v) => v.ToString("P1", CultureInfo.InvariantCulture);
}
