using EmergencyDSS.Bench.Peers.Shared;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Bench.Peers.Handwritten;

/// <summary>
/// One enterprise's measures in one episode, by hand. Production: livelihood policy, else its own plan
/// (一厂一策), else the tables (default table when they say nothing) with seasonal stagger competing,
/// else none. Transport: its own plan's, else the table cell's competing with the transport rules (for
/// bulk-transport enterprises, or with `for heavy trucks >= N` for those with N heavy-truck trips a day).
/// Decided per level segment; an advisory-only segment (ozone) cuts nothing.
/// </summary>
internal sealed class EnterpriseRules
{
    private readonly LevelOrder _levels;
    private readonly TableIndex _tables;
    private readonly Measure? _livelihood;
    private readonly List<(HashSet<string>? Grades, int? MinHeavyTrucks, Measure Measure)>[] _transport;
    private readonly Dictionary<string, List<(DateOnly From, DateOnly To, HashSet<string>? Grades, Measure Measure)>> _stagger;
    private static readonly Measure NoMeasure = new() { Kind = MeasureKind.None };

    public EnterpriseRules(RuleModel model, LevelOrder levels)
    {
        _levels = levels;
        _tables = new TableIndex(model, levels.Ids);
        _livelihood = model.Livelihood?.Production;
        _transport = [.. levels.Ids.Select((_, at) => model.Transport
            .Where(t => levels.Applies(t.Levels, at))
            .Select(t => (t.Grades.Count == 0 ? null : t.Grades.ToHashSet(), t.MinHeavyTrucks, t.Measure)).ToList())];
        _stagger = new(StringComparer.Ordinal);
        foreach (var calendar in model.Staggering)
            foreach (var industry in calendar.Industries)
            {
                if (!_stagger.TryGetValue(industry, out var periods)) _stagger[industry] = periods = [];
                periods.AddRange(calendar.Periods.Select(p =>
                    (p.From, p.To, p.Grades.Count == 0 ? null : p.Grades.ToHashSet(), p.Measure)));
            }
    }

    public PeerMeasure Decide(Enterprise e, LevelSegment ep)
    {
        var levelId = _levels.Ids[ep.Level];
        if (ep.AdvisoryOnly)
            return new PeerMeasure(e.Id, e.District, levelId, ep.Start, ep.End, "none", null, null, null, null);
        Measure? ownProduction = null, ownTransport = null;
        foreach (var cell in e.OwnMeasures)
        {
            if (!_levels.Applies(cell.Level, ep.Level)) continue;
            foreach (var m in cell.Measures)
                if (m.Category == MeasureCategory.Transport) ownTransport = Stringency.Stricter(ownTransport, m, Stringency.Transport);
                else ownProduction = Stringency.Stricter(ownProduction, m, Stringency.Production);
        }
        var table = _tables.Find(e.Industry, e.Grade, ep.Level);
        Measure? production;
        if (e.Livelihood && _livelihood is not null) production = _livelihood;
        else if (ownProduction is not null) production = ownProduction;
        else
        {
            production = table?.Production;
            if (_stagger.TryGetValue(e.Industry, out var periods))
                foreach (var (from, to, grades, measure) in periods)
                    if (from <= ep.End && to >= ep.Start && (grades is null || grades.Contains(e.Grade)))
                        production = Stringency.Stricter(production, measure, Stringency.Production);
        }
        var transport = ownTransport;
        if (transport is null)
        {
            transport = table?.Transport;
            foreach (var (grades, trucks, measure) in _transport[ep.Level])
                if ((trucks is { } n ? e.HeavyTrucksPerDay >= n : e.BulkTransport) && (grades is null || grades.Contains(e.Grade)))
                    transport = Stringency.Stricter(transport, measure, Stringency.Transport);
        }
        production ??= NoMeasure;
        return new PeerMeasure(e.Id, e.District, levelId, ep.Start, ep.End, MeasureNames.Kind(production.Kind),
            production.Kind == MeasureKind.Limit ? production.Percent : null, MeasureNames.Basis(production),
            transport is null ? null : MeasureNames.Kind(transport.Kind),
            transport?.Kind == MeasureKind.Ban ? transport.MinStandard : null);
    }
}
