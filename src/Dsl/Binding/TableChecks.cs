using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>Checks of one decision table: missing grades and levels, overlapping rows, gentler higher levels.</summary>
internal static class TableChecks
{
    /// <param name="coveredBy">Industry → the first table covering it, filled as tables are checked.</param>
    public static void Run(MeasureTable table, Scope scope, DiagnosticBag diagnostics, string file, bool isDefault, Dictionary<string, string> coveredBy)
    {
        var at = Span(file, table.Source);
        if (!isDefault)
        {
            foreach (var grade in scope.Grades.Where(g => g != "非重点" && !table.Rows.Any(r => r.Grades.Contains(g))))
                diagnostics.Add(DiagnosticCatalog.MissingGradeRow(at, table.Name, grade));
            foreach (var industry in table.Industries)
                if (coveredBy.TryGetValue(industry, out var other)) diagnostics.Add(DiagnosticCatalog.IndustryInTwoTables(at, industry, other));
                else coveredBy[industry] = table.Name;
        }
        foreach (var level in scope.Levels.Where(l => !scope.AdvisoryOnlyLevels.Contains(l) && !table.Levels.Contains(l)))
            diagnostics.Add(DiagnosticCatalog.MissingLevelColumn(at, table.Name, level));
        CheckOverlaps(table, diagnostics, file);
        foreach (var row in table.Rows) CheckMonotone(table, row, scope, diagnostics, file);
    }

    private static void CheckOverlaps(MeasureTable table, DiagnosticBag diagnostics, string file)
    {
        var seen = new Dictionary<string, MeasureRow>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            foreach (var grade in row.Grades)
            {
                if (!seen.TryGetValue(grade, out var other))
                {
                    seen[grade] = row;
                    continue;
                }
                var same = other.Cells.Count == row.Cells.Count && other.Cells.Zip(row.Cells).All(p => p.First.Measures.SequenceEqual(p.Second.Measures));
                var at = Span(file, row.Source);
                var otherLine = other.Source?.Line ?? 0;
                diagnostics.Add(same
                    ? DiagnosticCatalog.OverlappingRow(at, table.Name, grade, otherLine)
                    : DiagnosticCatalog.ContradictoryRow(at, table.Name, grade, otherLine));
            }
        }
    }

    private static void CheckMonotone(MeasureTable table, MeasureRow row, Scope scope, DiagnosticBag diagnostics, string file)
    {
        var ordered = row.Cells.Where(c => scope.Rank(c.Level) > 0).OrderBy(c => scope.Rank(c.Level)).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            foreach (var category in new[] { MeasureCategory.Production, MeasureCategory.Transport })
            {
                var lower = Strictness(ordered[i - 1], category);
                var higher = Strictness(ordered[i], category);
                if (higher < lower)
                    diagnostics.Add(DiagnosticCatalog.GentlerAtHigherLevel(Span(file, row.Source), table.Name,
                        string.Join(", ", row.Grades), ordered[i].Level, ordered[i - 1].Level));
            }
        }
    }

    private static int Strictness(MeasureCell cell, MeasureCategory category) =>
        cell.Measures.Where(m => m.Category == category).Select(MeasureStringency.Of).DefaultIfEmpty(category == MeasureCategory.Production ? 50 : 0).Max();

    private static SourceSpan Span(string file, SourceRef? source) =>
        source is null ? new SourceSpan(file, 1, 1, 1, 2) : new SourceSpan(file, source.Line, source.Column, source.Line, source.Column + 1);
}
