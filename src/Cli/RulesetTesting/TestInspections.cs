using System.Globalization;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Scheduler.Supervision;

namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>
/// A test's <c>inspections</c> block: on-site findings (<c>credit_code, district, episode_start, outcome, inspected_at</c>)
/// as the console records them, for the ruleset's `supervise` and `expose` lines. Errors point into the test file.
/// </summary>
internal static class TestInspections
{
    public const string Header = "credit_code, district, episode_start, outcome, inspected_at";
    private static readonly string[] Columns = ["credit_code", "district", "episode_start", "outcome", "inspected_at"];
    private static readonly string[] Outcomes = ["complied", "partly", "not_complied"];

    public static List<CheckedEpisode>? Load(RulesetTestFile file, TestBlock block, IReadOnlyList<Enterprise> enterprises, List<string> errors)
    {
        var before = errors.Count;
        void Error(int row, int field, string message)
        {
            var (line, column) = block.Locate(row, field);
            errors.Add($"{file.DisplayPath}:{line}:{column}: {message}");
        }
        var rows = block.Lines.Select(l => l.Text.Split(',').Select(f => f.Trim()).ToArray()).ToList();
        if (!rows[0].SequenceEqual(Columns, StringComparer.Ordinal))
        {
            Error(1, 1, $"the inspections header must be `{Header}`");
            return null;
        }
        var findings = new List<CheckedEpisode>();
        for (var i = 1; i < rows.Count; i++)
        {
            var (row, f) = (i + 1, rows[i]);
            if (f.Length != Columns.Length)
            {
                Error(row, 1, $"an inspection row has {Columns.Length} fields ({Header}), not {f.Length}");
                continue;
            }
            var problems = errors.Count;
            if (f[0].Length == 0) Error(row, 1, "credit_code is empty");
            if (!DateOnly.TryParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
                Error(row, 3, $"episode_start must be a date like 2024-12-03, not `{f[2]}`");
            if (!Outcomes.Contains(f[3])) Error(row, 4, $"outcome must be complied, partly or not_complied, not `{f[3]}`");
            if (f[4].Length <= 10 || !DateTimeOffset.TryParse(f[4], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                Error(row, 5, $"inspected_at must be a time with offset like 2024-12-04T10:00:00+08:00, not `{f[4]}`");
            else if (errors.Count == problems)
                findings.Add(new CheckedEpisode(f[0], enterprises.FirstOrDefault(e => e.Id == f[0])?.Name ?? f[0], f[1], start, f[3], at));
        }
        return errors.Count > before ? null : findings;
    }
}
