using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>
/// The decision tables pre-resolved at compile time: (industry, grade, episode rank) → the production
/// and transport candidates of every matching table cell. Evaluation is then a dictionary look-up.
/// </summary>
internal sealed class MeasureIndex
{
    private readonly Dictionary<(string Industry, string Grade, int Rank), (List<MeasureCandidate> Production, List<MeasureCandidate> Transport)> _cells = [];
    private readonly RuleModel _model;
    private readonly IReadOnlyDictionary<string, int> _ranks;

    public MeasureIndex(RuleModel model, IReadOnlyDictionary<string, int> ranks)
    {
        _model = model;
        _ranks = ranks;
    }

    /// <summary>Table candidates for an enterprise of <paramref name="industry"/> and <paramref name="grade"/> at <paramref name="rank"/>.</summary>
    public (IReadOnlyList<MeasureCandidate> Production, IReadOnlyList<MeasureCandidate> Transport) For(string industry, string grade, int rank)
    {
        var key = (industry, grade, rank);
        lock (_cells)
        {
            if (_cells.TryGetValue(key, out var found)) return found;
            var built = Build(industry, grade, rank);
            _cells[key] = built;
            return built;
        }
    }

    private (List<MeasureCandidate>, List<MeasureCandidate>) Build(string industry, string grade, int rank)
    {
        var production = new List<MeasureCandidate>();
        var transport = new List<MeasureCandidate>();
        foreach (var table in _model.Tables.Where(t => t.Industries.Contains(industry)))
            Collect(table, grade, rank, production, transport);
        if (production.Count == 0 && transport.Count == 0 && _model.DefaultTable is { } fallback)
            Collect(fallback, grade, rank, production, transport);
        return (production, transport);
    }

    private void Collect(MeasureTable table, string grade, int rank, List<MeasureCandidate> production, List<MeasureCandidate> transport)
    {
        foreach (var row in table.Rows.Where(r => r.Grades.Contains(grade)))
        foreach (var cell in row.Cells)
        {
            var cellRank = _ranks.GetValueOrDefault(cell.Level);
            if (cellRank != rank && !(_model.Episodes.Cumulative && cellRank > 0 && cellRank < rank)) continue;
            var rule = $"table:{table.Name}[{string.Join(",", row.Grades)}]/{cell.Level}";
            var where = $"依据{Wording.Provisions.Name(rule, _model.Levels)}：{MeasureText.Cell(cell.Measures)}";
            foreach (var m in cell.Measures)
                (m.Category == MeasureCategory.Production ? production : transport).Add(new MeasureCandidate(m, rule, where));
        }
    }

    /// <summary>Precomputes every (industry, grade, rank) the model's tables name, so evaluation never builds.</summary>
    public void Warm(IEnumerable<string> grades, int maxRank)
    {
        foreach (var industry in _model.Industries.Concat(_model.Tables.SelectMany(t => t.Industries)).Distinct())
        foreach (var grade in grades)
        for (var rank = 1; rank <= maxRank; rank++)
            For(industry, grade, rank);
    }
}
