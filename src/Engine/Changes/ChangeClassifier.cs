using System.Runtime.CompilerServices;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Engine.Changes;

/// <summary>
/// Compares the previous decisions with the current ones: per district the class of change of its
/// (first) warning, per target whether its notice is issued, amended or withdrawn.
/// </summary>
public static class ChangeClassifier
{
    public static ChangeSet Classify(DecisionSet? previous, DecisionSet current)
    {
        var ranks = LevelRanks(previous, current);
        var before = (previous?.Warnings ?? []).GroupBy(w => w.District).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = current.Warnings.GroupBy(w => w.District).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var districts = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(d => new DistrictChange(d, Kind(before.GetValueOrDefault(d), after.GetValueOrDefault(d), ranks), before.GetValueOrDefault(d), after.GetValueOrDefault(d)))
            .ToList();
        var byDistrict = districts.ToDictionary(d => d.District, d => d.Kind, StringComparer.Ordinal);

        var old = previous is null ? [] : Groups(previous);
        var now = Groups(current);
        var targets = new List<TargetChange>();
        // Most targets are unchanged between two forecasts: compare them all, sort only what changed.
        foreach (var ((kind, target, category, district), c) in now)
        {
            var p = old.GetValueOrDefault((kind, target, category, district));
            if (p is null) targets.Add(new TargetChange(kind, target, district, category, NoticeAction.Issue, "issue", null, c[0]));
            else if (!SameMeasures(p, c))
                targets.Add(new TargetChange(kind, target, district, category, NoticeAction.Amend,
                    Event(Top(p, ranks), Top(c, ranks), ranks, byDistrict.GetValueOrDefault(district)), p[0], c[0]));
        }
        foreach (var (key, p) in old)
            if (!now.ContainsKey(key)) targets.Add(new TargetChange(key.Item1, key.Item2, key.Item4, key.Item3, NoticeAction.Withdraw, "lift", p[0], null));
        targets.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.TargetKind, b.TargetKind);
            if (c == 0) c = string.CompareOrdinal(a.Target, b.Target);
            if (c == 0) c = string.CompareOrdinal(a.Category, b.Category);
            return c != 0 ? c : string.CompareOrdinal(a.District, b.District);
        });
        return new ChangeSet(districts, targets);
    }

    /// <summary>
    /// A decision set's measures grouped by target, computed once per decision set: a run of forecasts compares each
    /// decision set twice (as the current one, then as the previous one), and replay groups the next one ahead.
    /// </summary>
    public static void Prepare(DecisionSet decisions) => Groups(decisions);

    private static readonly ConditionalWeakTable<DecisionSet, Dictionary<(string, string, string, string), List<MeasureDecision>>> GroupCache = [];

    private static Dictionary<(string, string, string, string), List<MeasureDecision>> Groups(DecisionSet decisions) =>
        GroupCache.GetValue(decisions, d => Group(d.Measures));

    // A zone or party spans districts: its notices are per district, so the district is part of the key.
    private static (string Kind, string Target, string Category, string District) Key(MeasureDecision m) => (m.TargetKind, m.Target, m.Category, m.District);

    // A target has one measure per level segment of its episode: the notice changes when any of them does.
    private static Dictionary<(string, string, string, string), List<MeasureDecision>> Group(IReadOnlyList<MeasureDecision> measures)
    {
        var groups = new Dictionary<(string, string, string, string), List<MeasureDecision>>(measures.Count);
        foreach (var m in measures)
        {
            if (!groups.TryGetValue(Key(m), out var list)) groups[Key(m)] = list = new List<MeasureDecision>(1);
            list.Add(m);
        }
        return groups;
    }

    /// <summary>Level severity from the decisions' own level list (mildest first).</summary>
    private static Dictionary<string, int> LevelRanks(DecisionSet? previous, DecisionSet current)
    {
        var levels = current.Levels.Count > 0 ? current.Levels : previous?.Levels ?? [];
        var ranks = levels.Select((l, i) => (l, i + 1)).ToDictionary(x => x.l, x => x.Item2, StringComparer.Ordinal);
        ranks.TryAdd("none", 0);
        return ranks;
    }

    private static DistrictChangeKind Kind(WarningDecision? p, WarningDecision? c, IReadOnlyDictionary<string, int> ranks)
    {
        if (p is null) return c is null ? DistrictChangeKind.Unchanged : DistrictChangeKind.New;
        if (c is null) return DistrictChangeKind.Lifted;
        var delta = ranks.GetValueOrDefault(c.Level).CompareTo(ranks.GetValueOrDefault(p.Level));
        if (delta > 0) return DistrictChangeKind.Upgraded;
        if (delta < 0) return DistrictChangeKind.Downgraded;
        if (c.End > p.End || c.Start < p.Start) return DistrictChangeKind.Extended;
        if (c.End < p.End || c.Start > p.Start) return DistrictChangeKind.Shortened;
        return DistrictChangeKind.Unchanged;
    }

    /// <summary>The measure of a target's highest level segment (the first at that level).</summary>
    private static MeasureDecision Top(List<MeasureDecision> measures, IReadOnlyDictionary<string, int> ranks)
    {
        var top = measures[0];
        var rank = ranks.GetValueOrDefault(top.Level);
        foreach (var m in measures)
            if (ranks.GetValueOrDefault(m.Level) > rank) (top, rank) = (m, ranks.GetValueOrDefault(m.Level));
        return top;
    }

    private static bool SameMeasures(List<MeasureDecision> p, List<MeasureDecision> c)
    {
        if (p.Count != c.Count) return false;
        for (var i = 0; i < p.Count; i++) if (!SameMeasure(p[i], c[i])) return false;
        return true;
    }

    private static bool SameMeasure(MeasureDecision a, MeasureDecision b) =>
        a.Level == b.Level && a.Kind == b.Kind && a.Percent == b.Percent && a.MinStandard == b.MinStandard &&
        a.Start == b.Start && a.End == b.End && a.Hours == b.Hours;

    private static string Event(MeasureDecision p, MeasureDecision c, IReadOnlyDictionary<string, int> ranks, DistrictChangeKind district)
    {
        var delta = ranks.GetValueOrDefault(c.Level).CompareTo(ranks.GetValueOrDefault(p.Level));
        if (delta > 0) return "upgrade";
        if (delta < 0) return "downgrade";
        return district switch
        {
            DistrictChangeKind.Upgraded => "upgrade",
            DistrictChangeKind.Downgraded => "downgrade",
            DistrictChangeKind.Shortened => "downgrade",
            _ => "extend",
        };
    }
}
