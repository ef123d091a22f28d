using EmergencyDSS.Bench.Peers.Shared;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Bench.Peers.Handwritten;

/// <summary>
/// The ruleset's measure tables read into plain dictionaries at setup, the way a careful engineer
/// would load them from configuration: (industry, grade) → per level the resolved cell choice.
/// </summary>
internal sealed class TableIndex
{
    private readonly Dictionary<(string Industry, string Grade), CellChoice[]> _byIndustry = new();
    private readonly Dictionary<string, CellChoice[]> _default = new(StringComparer.Ordinal);

    public TableIndex(RuleModel model, IReadOnlyList<string> levels)
    {
        var cumulative = model.Episodes.Cumulative;
        foreach (var table in model.Tables)
            foreach (var row in table.Rows)
                foreach (var industry in table.Industries)
                    foreach (var grade in row.Grades)
                        Merge(_byIndustry, (industry, grade), row, levels, cumulative);
        if (model.DefaultTable is { } fallback)
            foreach (var row in fallback.Rows)
                foreach (var grade in row.Grades)
                    Merge(_default, grade, row, levels, cumulative);
    }

    /// <summary>
    /// The industry tables' choice; when they say nothing at this level (no row, or an empty cell) the
    /// default table's; null when neither says anything.
    /// </summary>
    public CellChoice? Find(string industry, string grade, int level)
    {
        if (_byIndustry.TryGetValue((industry, grade), out var cells) && !cells[level].IsEmpty) return cells[level];
        return _default.TryGetValue(grade, out var fallback) && !fallback[level].IsEmpty ? fallback[level] : null;
    }

    private static void Merge<TKey>(Dictionary<TKey, CellChoice[]> into, TKey key, MeasureRow row,
        IReadOnlyList<string> levels, bool cumulative) where TKey : notnull
    {
        if (!into.TryGetValue(key, out var cells))
        {
            cells = new CellChoice[levels.Count];
            Array.Fill(cells, CellChoice.Empty);
            into[key] = cells;
        }
        for (var level = 0; level < levels.Count; level++)
            foreach (var cell in row.Cells)
            {
                var at = IndexOf(levels, cell.Level);
                if (at == level || (cumulative && at >= 0 && at < level))
                    cells[level] = Stricter(cells[level], cell.Measures);
            }
    }

    private static CellChoice Stricter(CellChoice current, IReadOnlyList<Measure> measures)
    {
        var production = current.Production;
        var transport = current.Transport;
        foreach (var m in measures)
        {
            if (m.Category == MeasureCategory.Transport) transport = Stringency.Stricter(transport, m, Stringency.Transport);
            else production = Stringency.Stricter(production, m, Stringency.Production);
        }
        return new CellChoice(production, transport);
    }

    private static int IndexOf(IReadOnlyList<string> levels, string id)
    {
        for (var i = 0; i < levels.Count; i++) if (levels[i] == id) return i;
        return -1;
    }
}
