using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>
/// A warning whose level changes inside one forecast (a `schedule` of level segments): its first segment
/// is notified as the warning is (issue, or the change since the last forecast); each later segment is a
/// planned level change with notices of its own — upgrade or downgrade from the segment before, in force
/// from the segment's first day. A notice sees the segment it is about as its warning.
/// </summary>
internal static class LevelSteps
{
    /// <summary>The warning as one segment: that segment's level, days, rule and reason.</summary>
    public static WarningDecision View(WarningDecision w, int segment)
    {
        if (w.Schedule is not { } schedule) return w;
        var s = schedule[segment];
        return w with
        {
            Level = s.Level, Start = s.Start, End = s.End, Rule = s.Rule, Because = s.Because, IssueBy = s.IssueBy,
            AdvisoryOnly = s.AdvisoryOnly, Region = s.Region, Schedule = null,
            Days = w.Days.Where(d => s.Start <= d.Date && d.Date <= s.End).ToList(),
        };
    }

    /// <summary>The segment of <paramref name="w"/> that <paramref name="day"/> falls in (0 without a schedule).</summary>
    public static int SegmentOf(WarningDecision? w, DateOnly day)
    {
        if (w?.Schedule is not { } schedule) return 0;
        for (var i = schedule.Count - 1; i > 0; i--) if (schedule[i].Start <= day) return i;
        return 0;
    }

    /// <summary>upgrade / downgrade from one segment to the next (an advisory-only segment is below a warning of its level).</summary>
    public static string Event(IReadOnlyList<string> levels, WarningSegment from, WarningSegment to)
    {
        var delta = Rank(levels, to.Level).CompareTo(Rank(levels, from.Level));
        if (delta == 0) delta = from.AdvisoryOnly.CompareTo(to.AdvisoryOnly);
        return delta >= 0 ? "upgrade" : "downgrade";
    }

    public static string Event(IReadOnlyList<string> levels, string from, string to) =>
        Rank(levels, to) > Rank(levels, from) ? "upgrade" : Rank(levels, to) < Rank(levels, from) ? "downgrade" : "extend";

    /// <summary>The notices of one warning: its first segment as planned, then one per later segment.</summary>
    public static IEnumerable<PlannedNotice> Warning(PlannedNotice first, WarningDecision w, IReadOnlyList<string> levels,
        Func<WarningDecision, IReadOnlyList<MeasureDecision>> annex)
    {
        if (w.Schedule is not { } schedule)
        {
            yield return first;
            yield break;
        }
        var view = View(w, 0);
        yield return first with { Level = view.Level, Warning = view, Annex = annex(view) };
        for (var k = 1; k < schedule.Count; k++)
        {
            view = View(w, k);
            yield return first with
            {
                Level = view.Level, Warning = view, Annex = annex(view), Previous = View(w, k - 1),
                Event = Event(levels, schedule[k - 1], schedule[k]), Step = k, EffectiveFrom = schedule[k].Start,
            };
        }
    }

    private static int Rank(IReadOnlyList<string> levels, string level)
    {
        for (var i = 0; i < levels.Count; i++) if (levels[i] == level) return i + 1;
        return 0;
    }
}
