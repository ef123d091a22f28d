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
        // A target has one measure per level segment of its episode: the notice changes when any of them does.
        var old = (previous?.Measures ?? []).GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
        var now = current.Measures.GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
        var targets = new List<TargetChange>();
        var keys = old.Keys.Union(now.Keys).OrderBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.Target, StringComparer.Ordinal)
            .ThenBy(k => k.Category, StringComparer.Ordinal).ThenBy(k => k.District, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var p = old.GetValueOrDefault(key);
            var c = now.GetValueOrDefault(key);
            if (p is null) targets.Add(new TargetChange(key.Kind, key.Target, key.District, key.Category, NoticeAction.Issue, "issue", null, c![0]));
            else if (c is null) targets.Add(new TargetChange(key.Kind, key.Target, key.District, key.Category, NoticeAction.Withdraw, "lift", p[0], null));
            else if (p.Count != c.Count || p.Zip(c).Any(x => !SameMeasure(x.First, x.Second)))
                targets.Add(new TargetChange(key.Kind, key.Target, key.District, key.Category, NoticeAction.Amend,
                    Event(Top(p, ranks), Top(c, ranks), ranks, byDistrict.GetValueOrDefault(key.District)), p[0], c[0]));
        }
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

    /// <summary>The measure of a target's highest level segment (the first at that level).</summary>
    private static MeasureDecision Top(List<MeasureDecision> measures, IReadOnlyDictionary<string, int> ranks) =>
        measures.OrderByDescending(m => ranks.GetValueOrDefault(m.Level)).First();

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
