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

        static (string, string, string) Key(MeasureDecision m) => (m.TargetKind, m.Target, m.Category);
        var old = (previous?.Measures ?? []).GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var now = current.Measures.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var targets = new List<TargetChange>();
        foreach (var key in old.Keys.Union(now.Keys).OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal).ThenBy(k => k.Item3, StringComparer.Ordinal))
        {
            var p = old.GetValueOrDefault(key);
            var c = now.GetValueOrDefault(key);
            var district = (c ?? p)!.District;
            if (p is null) targets.Add(new TargetChange(key.Item1, key.Item2, district, key.Item3, NoticeAction.Issue, "issue", null, c));
            else if (c is null) targets.Add(new TargetChange(key.Item1, key.Item2, district, key.Item3, NoticeAction.Withdraw, "lift", p, null));
            else if (!SameMeasure(p, c)) targets.Add(new TargetChange(key.Item1, key.Item2, district, key.Item3, NoticeAction.Amend, Event(p, c, ranks, byDistrict.GetValueOrDefault(district)), p, c));
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
