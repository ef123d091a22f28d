using EmergencyDSS.Engine.Changes;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>
/// Plans only the notices a new forecast calls for: issued or amended targets from the current
/// decisions with their change event, and lift notices from the previous decisions for what is gone.
/// The scheduler uses this between two forecast runs.
/// </summary>
public static class ChangeNoticePlanner
{
    public static IReadOnlyList<PlannedNotice> Plan(DecisionSet? previous, DecisionSet current, ChangeSet changes)
    {
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        var lifts = new Dictionary<string, string>(StringComparer.Ordinal);
        var districtEvents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in changes.Districts)
        {
            var ev = DistrictEvent(d.Kind);
            if (ev is null) continue;
            districtEvents[d.District] = ev;
            (ev == "lift" ? lifts : events)[PlannedNotice.EventKey("warning", d.District, d.District)] = ev;
        }
        // A zone's 通告 is the city's: it follows the strongest change among the districts it spans, and
        // is lifted when no district of the zone keeps a ban.
        foreach (var zone in current.Measures.Where(m => m.TargetKind == "zone").GroupBy(m => m.Target))
            if (zone.Select(m => districtEvents.GetValueOrDefault(m.District)).Where(e => e is not null and not "lift").MaxBy(Strength) is { } e)
                events[PlannedNotice.EventKey("zone", PlannedNotice.City, zone.Key)] = e;
        var zonesNow = current.Measures.Where(m => m.TargetKind == "zone").Select(m => m.Target).ToHashSet();
        foreach (var m in (previous?.Measures ?? []).Where(m => m.TargetKind == "zone" && !zonesNow.Contains(m.Target)))
            lifts[PlannedNotice.EventKey("zone", PlannedNotice.City, m.Target)] = "lift";
        RegionalEvents(previous, current, events, lifts);
        foreach (var t in changes.Targets.Where(t => t.TargetKind != "zone"))
        {
            var key = PlannedNotice.EventKey(t.TargetKind, t.District, t.Target);
            if (t.Action == NoticeAction.Withdraw) lifts.TryAdd(key, "lift");
            // Production and transport share one notice: a non-lift change of either re-issues it.
            else if (!events.TryGetValue(key, out var known) || known == "extend") events[key] = t.Event;
        }
        foreach (var a in current.Advisories.Where(a => districtEvents.ContainsKey(a.District) && districtEvents[a.District] != "lift"))
            events[PlannedNotice.EventKey("advisory", a.District, a.Rule[(a.Rule.IndexOf(':') + 1)..])] = districtEvents[a.District];
        foreach (var a in (previous?.Advisories ?? []).Where(a => districtEvents.GetValueOrDefault(a.District) == "lift"))
            lifts[PlannedNotice.EventKey("advisory", a.District, a.Rule[(a.Rule.IndexOf(':') + 1)..])] = "lift";
        var asked = (previous?.RainfallRequests ?? []).Select(r => (r.District, r.Date, r.Rule)).ToHashSet();
        foreach (var r in current.RainfallRequests.Where(r => !asked.Contains((r.District, r.Date, r.Rule))))
            events[PlannedNotice.EventKey("rainfall", r.District, $"{r.Rule[(r.Rule.IndexOf(':') + 1)..]}-{r.Date:yyyyMMdd}")] = "issue";

        // A calendar period is announced once, by the first forecast that reaches it.
        var announced = (previous?.Staggered ?? []).Select(NoticePlanner.StaggerTarget).ToHashSet(StringComparer.Ordinal);
        foreach (var m in current.Staggered.Where(m => !announced.Contains(NoticePlanner.StaggerTarget(m))))
            events[PlannedNotice.EventKey("stagger", m.District, NoticePlanner.StaggerTarget(m))] = "issue";

        var latest = LatestWarnings(previous);
        var now = NoticePlanner.Plan(current, events, onlyListed: true).Where(p => events.ContainsKey(EventKey(p)))
            .Select(p => p.Step > 0 ? p : p with { Previous = PreviousWarning(latest, p) });
        var gone = previous is null ? [] : NoticePlanner.Plan(previous, lifts, onlyListed: true)
            .Where(p => lifts.ContainsKey(EventKey(p)) && !events.ContainsKey(EventKey(p))).Select(p => p with { Previous = p.Warning });
        // Both lists come out of the planner in notice order: merging them is the stable sort of their concatenation.
        return Merge(now.ToList(), gone.ToList());
    }

    /// <summary>Two lists in notice order (district, target kind, target, event) as one; on a tie the first list's notice comes first.</summary>
    private static List<PlannedNotice> Merge(List<PlannedNotice> first, List<PlannedNotice> second)
    {
        var merged = new List<PlannedNotice>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
            merged.Add(NoticePlanner.CompareOrder(second[j], first[i]) < 0 ? second[j++] : first[i++]);
        merged.AddRange(first.Skip(i));
        merged.AddRange(second.Skip(j));
        return merged;
    }

    private static int Strength(string? ev) => ev switch { "upgrade" => 4, "issue" => 3, "extend" => 2, "downgrade" => 1, _ => 0 };

    /// <summary>A regional warning is new, changed or gone by its region and start day.</summary>
    private static void RegionalEvents(DecisionSet? previous, DecisionSet current, Dictionary<string, string> events, Dictionary<string, string> lifts)
    {
        static string Key(RegionalWarningDecision r) => PlannedNotice.EventKey("regional", PlannedNotice.City, $"{r.Region}-{r.Start:yyyyMMdd}");
        var before = (previous?.RegionalWarnings ?? []).ToDictionary(Key);
        foreach (var r in current.RegionalWarnings)
        {
            var key = Key(r);
            if (!before.TryGetValue(key, out var old)) events[key] = "issue";
            else if (old.Level != r.Level)
                events[key] = current.Levels.ToList().IndexOf(r.Level) > current.Levels.ToList().IndexOf(old.Level) ? "upgrade" : "downgrade";
            else if (old.End != r.End) events[key] = r.End > old.End ? "extend" : "downgrade";
        }
        foreach (var key in before.Keys.Where(k => !current.RegionalWarnings.Any(r => Key(r) == k))) lifts[key] = "lift";
    }

    /// <summary>Each district's latest-starting warning in the previous decisions (the last of equal starts).</summary>
    private static Dictionary<string, WarningDecision> LatestWarnings(DecisionSet? previous)
    {
        var latest = new Dictionary<string, WarningDecision>(StringComparer.Ordinal);
        foreach (var w in previous?.Warnings ?? [])
            if (!latest.TryGetValue(w.District, out var known) || w.Start >= known.Start) latest[w.District] = w;
        return latest;
    }

    /// <summary>The district's warning in the previous decisions that this notice amends.</summary>
    private static WarningDecision? PreviousWarning(Dictionary<string, WarningDecision> latest, PlannedNotice p) =>
        p.Event is "issue" ? null : latest.GetValueOrDefault(p.Warning?.District ?? p.District);

    private static string EventKey(PlannedNotice p) => PlannedNotice.EventKey(p.TargetKind, p.District, p.Target);

    private static string? DistrictEvent(DistrictChangeKind kind) => kind switch
    {
        DistrictChangeKind.New => "issue",
        DistrictChangeKind.Upgraded => "upgrade",
        DistrictChangeKind.Downgraded or DistrictChangeKind.Shortened => "downgrade",
        DistrictChangeKind.Extended => "extend",
        DistrictChangeKind.Lifted => "lift",
        _ => null,
    };
}
