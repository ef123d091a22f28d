using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>
/// One traffic 通告 per zone and episode. The engine decides a zone's ban per district (a zone such
/// as 中心城区 spans eleven); the public needs one 通告 from the city, jointly with the traffic police,
/// for the whole zone and the whole episode: the districts' periods that overlap or touch are merged,
/// each traffic rule once per run of its periods that overlap or touch, and the basis it cites is the
/// highest level segment's.
/// </summary>
internal static class ZoneEpisodes
{
    public static IEnumerable<PlannedNotice> Plan(DecisionSet decisions, Func<string, string, string, string> eventOf)
    {
        foreach (var zone in decisions.Measures.Where(m => m.TargetKind == "zone").GroupBy(m => m.Target, StringComparer.Ordinal))
        {
            var episode = 0;
            foreach (var measures in Episodes(zone.OrderBy(m => m.Start).ThenBy(m => m.District, StringComparer.Ordinal)))
            {
                var target = episode++ == 0 ? zone.Key : $"{zone.Key}（{ChineseTime.Date(measures.Min(m => m.Start))}起）";
                // Each rule once per run of its own periods: a rule of one level only (say red) is not stretched over the
                // days between two districts' red days.
                var merged = measures.GroupBy(m => m.Rule, StringComparer.Ordinal)
                    .SelectMany(r => Episodes(r).Select(run => run[0] with { District = PlannedNotice.City, Start = run.Min(m => m.Start), End = run.Max(m => m.End) }))
                    .OrderBy(m => m.Start).ThenBy(m => m.Rule, StringComparer.Ordinal).ToList();
                var top = measures.OrderByDescending(m => Rank(decisions, m.Level)).ThenBy(m => m.District, StringComparer.Ordinal).First();
                // The basis cited is that of the highest level segment alone: the yellow days before a red segment are not
                // said to meet the red conditions.
                var warning = NoticePlanner.WarningFor(decisions, top.District, top.Start);
                yield return new PlannedNotice
                {
                    TargetKind = "zone", Target = target, TargetName = top.TargetName ?? zone.Key, District = PlannedNotice.City,
                    Event = eventOf("zone", PlannedNotice.City, target), Subject = "traffic", Level = top.Level, Measures = merged,
                    Warning = warning is null ? null : LevelSteps.View(warning, NoticePlanner.StepOf(warning, top.Start)),
                };
            }
        }
    }

    /// <summary>Runs of measures whose periods overlap or touch.</summary>
    private static IEnumerable<List<MeasureDecision>> Episodes(IEnumerable<MeasureDecision> ordered)
    {
        var run = new List<MeasureDecision>();
        var end = DateTimeOffset.MinValue;
        foreach (var m in ordered)
        {
            if (run.Count > 0 && m.Start > end)
            {
                yield return run;
                run = [];
            }
            run.Add(m);
            if (m.End > end) end = m.End;
        }
        if (run.Count > 0) yield return run;
    }

    private static int Rank(DecisionSet decisions, string level)
    {
        for (var i = 0; i < decisions.Levels.Count; i++) if (decisions.Levels[i] == level) return i + 1;
        return 0;
    }
}
