using EmergencyDSS.Bench.Peers.Shared;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Bench.Peers.Handwritten;

/// <summary>
/// One enterprise's measures in one episode, by hand: livelihood policy, then its own plan
/// (一厂一策), then the tables (with seasonal stagger competing), then nothing; transport from the
/// cell, else the transport rules for bulk-transport enterprises.
/// </summary>
internal sealed class EnterpriseRules
{
    private readonly IReadOnlyList<string> _levels;
    private readonly TableIndex _tables;
    private readonly Measure? _livelihood;
    private readonly List<(HashSet<string>? Grades, Measure Measure)>[] _transport;
    private readonly Dictionary<string, List<(DateOnly From, DateOnly To, HashSet<string>? Grades, Measure Measure)>> _stagger;
    private static readonly Measure NoMeasure = new() { Kind = MeasureKind.None };

    public EnterpriseRules(RuleModel model, IReadOnlyList<string> levels)
    {
        _levels = levels;
        _tables = new TableIndex(model, levels);
        _livelihood = model.Livelihood?.Production;
        _transport = [.. levels.Select(level => model.Transport
            .Where(t => t.Levels.Contains(level))
            .Select(t => (t.Grades.Count == 0 ? null : t.Grades.ToHashSet(), t.Measure)).ToList())];
        _stagger = new(StringComparer.Ordinal);
        foreach (var calendar in model.Staggering)
            foreach (var industry in calendar.Industries)
            {
                if (!_stagger.TryGetValue(industry, out var periods)) _stagger[industry] = periods = [];
                periods.AddRange(calendar.Periods.Select(p =>
                    (p.From, p.To, p.Grades.Count == 0 ? null : p.Grades.ToHashSet(), p.Measure)));
            }
    }

    public PeerMeasure Decide(Enterprise e, Episode ep)
    {
        var levelId = _levels[ep.Level];
        if (ep.AdvisoryOnly)
            return new PeerMeasure(e.Id, e.District, levelId, ep.Start, ep.End, "none", null, null, null, null);
        Measure? production = null;
        Measure? transport = null;
        var own = OwnCell(e, levelId);
        if (own is not null)
        {
            foreach (var m in own.Measures)
                if (m.Category == MeasureCategory.Transport) transport = Stringency.Stricter(transport, m, Stringency.Transport);
                else production = Stringency.Stricter(production, m, Stringency.Production);
        }
        else
        {
            var cell = _tables.Find(e.Industry, e.Grade, ep.Level);
            production = cell?.Production;
            transport = cell?.Transport;
            if (_stagger.TryGetValue(e.Industry, out var periods))
                foreach (var (from, to, grades, measure) in periods)
                    if (from <= ep.End && to >= ep.Start && (grades is null || grades.Contains(e.Grade)))
                        production = Stringency.Stricter(production, measure, Stringency.Production);
        }
        if (e.Livelihood && _livelihood is not null) production = _livelihood;
        if (e.BulkTransport && transport is null)
            foreach (var (grades, measure) in _transport[ep.Level])
                if (grades is null || grades.Contains(e.Grade))
                    transport = Stringency.Stricter(transport, measure, Stringency.Transport);
        production ??= NoMeasure;
        return new PeerMeasure(e.Id, e.District, levelId, ep.Start, ep.End, MeasureNames.Kind(production.Kind),
            production.Kind == MeasureKind.Limit ? production.Percent : null, MeasureNames.Basis(production),
            transport is null ? null : MeasureNames.Kind(transport.Kind),
            transport?.Kind == MeasureKind.Ban ? transport.MinStandard : null);
    }

    private static MeasureCell? OwnCell(Enterprise e, string levelId)
    {
        foreach (var cell in e.OwnMeasures)
            if (cell.Level == levelId) return cell;
        return null;
    }
}
