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

        // A zone or party spans districts: its notices are per district, so the district is part of the key.
        static (string Kind, string Target, string Category, string District) Key(MeasureDecision m) => (m.TargetKind, m.Target, m.Category, m.District);
        static Dictionary<(string, string, string, string), MeasureDecision> First(IReadOnlyList<MeasureDecision> measures)
        {
            var first = new Dictionary<(string, string, string, string), MeasureDecision>(measures.Count);
            foreach (var m in measures) first.TryAdd(Key(m), m);
            return first;
        }
        var old = First(previous?.Measures ?? []);
        var now = First(current.Measures);
        var targets = new List<TargetChange>();
        // Most targets are unchanged between two forecasts: compare them all, sort only what changed.
        foreach (var ((kind, target, category, district), c) in now)
        {
            var p = old.GetValueOrDefault((kind, target, category, district));
            if (p is null) targets.Add(new TargetChange(kind, target, district, category, NoticeAction.Issue, "issue", null, c));
            else if (!SameMeasure(p, c)) targets.Add(new TargetChange(kind, target, district, category, NoticeAction.Amend, Event(p, c, ranks, byDistrict.GetValueOrDefault(district)), p, c));
        }
        foreach (var (key, p) in old)
            if (!now.ContainsKey(key)) targets.Add(new TargetChange(key.Item1, key.Item2, key.Item4, key.Item3, NoticeAction.Withdraw, "lift", p, null));
        targets.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.TargetKind, b.TargetKind);
            if (c == 0) c = string.CompareOrdinal(a.Target, b.Target);
            if (c == 0) c = string.CompareOrdinal(a.Category, b.Category);
            return c != 0 ? c : string.CompareOrdinal(a.District, b.District);
        });
        return new ChangeSet(districts, targets);
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
