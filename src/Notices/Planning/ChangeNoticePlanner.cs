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
        // ChangeSet keys targets without their district, so a zone spanning districts follows each district's warning instead.
        foreach (var m in current.Measures.Where(m => m.TargetKind == "zone" && districtEvents.GetValueOrDefault(m.District) is { } e && e != "lift"))
            events[PlannedNotice.EventKey("zone", m.District, m.Target)] = districtEvents[m.District];
        foreach (var m in (previous?.Measures ?? []).Where(m => m.TargetKind == "zone" && districtEvents.GetValueOrDefault(m.District) == "lift"))
            lifts[PlannedNotice.EventKey("zone", m.District, m.Target)] = "lift";
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

        var now = NoticePlanner.Plan(current, events).Where(p => events.ContainsKey(EventKey(p)));
        var gone = previous is null ? [] : NoticePlanner.Plan(previous, lifts)
            .Where(p => lifts.ContainsKey(EventKey(p)) && !events.ContainsKey(EventKey(p)));
        return now.Concat(gone).OrderBy(p => p.District, StringComparer.Ordinal).ThenBy(p => p.TargetKind, StringComparer.Ordinal)
            .ThenBy(p => p.Target, StringComparer.Ordinal).ThenBy(p => p.Event, StringComparer.Ordinal).ToList();
    }

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
