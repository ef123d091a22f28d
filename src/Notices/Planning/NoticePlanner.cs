using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>
/// Turns a decision set into the notices it calls for: one city notice per regional warning, one per
/// district warning (to the district government), one per enterprise (production and transport
/// together), site, advisory, rainfall request and party, and one traffic 通告 per zone and episode
/// (the city's, however many districts the zone spans). Sorted by district, target kind, target,
/// event: the order document numbers are given in.
/// </summary>
public static class NoticePlanner
{
    public const string DefaultEvent = "issue";
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    /// <param name="events">Event per <see cref="PlannedNotice.EventKey"/>; absent keys get "issue".</param>
    /// <param name="onlyListed">Plan only the targets <paramref name="events"/> lists (a change plans a few notices of many targets).</param>
    public static IReadOnlyList<PlannedNotice> Plan(DecisionSet decisions, IReadOnlyDictionary<string, string>? events = null, bool onlyListed = false)
    {
        bool Wanted(string kind, string district, string target) =>
            !onlyListed || (events is not null && events.ContainsKey(PlannedNotice.EventKey(kind, district, target)));
        string EventOf(string kind, string district, string target) =>
            events is not null && events.TryGetValue(PlannedNotice.EventKey(kind, district, target), out var e) ? e : DefaultEvent;

        var plans = new List<PlannedNotice>();
        var warnings = WarningsByDistrict(decisions);
        foreach (var r in decisions.RegionalWarnings)
        {
            var target = $"{r.Region}-{r.Start:yyyyMMdd}";
            plans.Add(new PlannedNotice
            {
                TargetKind = "regional", Target = target, TargetName = r.Region, District = PlannedNotice.City,
                Event = EventOf("regional", PlannedNotice.City, target), Subject = "regional", Level = r.Level, Regional = r,
                Recipient = string.Join("、", r.Districts.Select(Recipients.Government)),
            });
        }
        var annex = decisions.Measures.Where(m => m.TargetKind == "enterprise").GroupBy(m => m.District)
            .ToDictionary(g => g.Key, g => g.ToList(), Ordinal);
        IReadOnlyList<MeasureDecision> AnnexOf(WarningDecision w) =>
            annex.TryGetValue(w.District, out var listed) ? listed.Where(m => Overlaps(m, w)).ToList() : [];
        foreach (var w in decisions.Warnings.Where(w => Wanted("warning", w.District, w.District)))
            plans.AddRange(LevelSteps.Warning(new PlannedNotice
            {
                TargetKind = "warning", Target = w.District, TargetName = Recipients.Government(w.District), District = w.District,
                Event = EventOf("warning", w.District, w.District), Subject = "warning", Level = w.Level, Warning = w,
                Annex = AnnexOf(w),
            }, w, decisions.Levels, AnnexOf));
        plans.AddRange(ZoneEpisodes.Plan(decisions, EventOf));
        // A target's measures of a later level segment are a planned level change: a notice of their own.
        foreach (var group in decisions.Measures.Where(m => m.TargetKind != "zone" && Wanted(m.TargetKind, m.District, m.Target))
                     .GroupBy(m => (m.TargetKind, m.Target, m.District, Step: StepOf(WarningFor(warnings, m.District, m.Start), m.Start))))
        {
            var measures = group.ToList();
            var first = measures[0];
            var w = WarningFor(warnings, first.District, first.Start);
            var step = group.Key.Step;
            plans.Add(new PlannedNotice
            {
                TargetKind = first.TargetKind, Target = first.Target, TargetName = first.TargetName ?? first.Target,
                District = first.District, Subject = SubjectOf(measures), Level = first.Level, Measures = measures,
                Event = step == 0 ? EventOf(first.TargetKind, first.District, first.Target) : LevelSteps.Event(decisions.Levels, w!.Schedule![step - 1], w.Schedule[step]),
                Warning = w is null ? null : LevelSteps.View(w, step), Step = step, EffectiveFrom = step == 0 ? null : w!.Schedule![step].Start,
                Previous = step == 0 ? null : LevelSteps.View(w!, step - 1),
            });
        }
        plans.AddRange(StaggerNotices(decisions, Wanted, EventOf));
        foreach (var a in decisions.Advisories)
        {
            var name = Strip(a.Rule);
            var w = WarningFor(warnings, a.District, a.Start);
            // An advisory of a later level segment of its warning is a planned change of its own.
            var step = StepOf(w, a.Start);
            plans.Add(new PlannedNotice
            {
                TargetKind = "advisory", Target = name, TargetName = "社会公众", District = a.District,
                Event = step == 0 ? EventOf("advisory", a.District, name) : LevelSteps.Event(decisions.Levels, w!.Schedule![step - 1], w.Schedule[step]),
                Subject = "advisory", Level = a.Level ?? "", Advisory = a, Step = step,
                EffectiveFrom = step == 0 ? null : w!.Schedule![step].Start,
                Warning = w is null ? null : LevelSteps.View(w, step), Previous = step == 0 ? null : LevelSteps.View(w!, step - 1),
            });
        }
        foreach (var r in decisions.RainfallRequests)
        {
            var target = $"{Strip(r.Rule)}-{r.Date:yyyyMMdd}";
            plans.Add(new PlannedNotice
            {
                TargetKind = "rainfall", Target = target, TargetName = r.Requestee, District = r.District,
                Event = EventOf("rainfall", r.District, target), Subject = "rainfall", Level = r.Level, Rainfall = r,
                Warning = decisions.Warnings.FirstOrDefault(w => w.District == r.District && w.Start <= r.Date && r.Date <= w.End),
            });
        }
        return plans.OrderBy(p => p.District, Ordinal).ThenBy(p => p.TargetKind, Ordinal)
            .ThenBy(p => p.Target, Ordinal).ThenBy(p => p.Event, Ordinal).ToList();
    }

    /// <summary>The notice order of <see cref="Plan"/>: district, target kind, target, event (ordinal).</summary>
    internal static int CompareOrder(PlannedNotice a, PlannedNotice b)
    {
        var c = string.CompareOrdinal(a.District, b.District);
        if (c == 0) c = string.CompareOrdinal(a.TargetKind, b.TargetKind);
        if (c == 0) c = string.CompareOrdinal(a.Target, b.Target);
        return c != 0 ? c : string.CompareOrdinal(a.Event, b.Event);
    }

    /// <summary>
    /// One 错峰生产 notice per enterprise and calendar period (target kind <c>stagger</c>): it states the
    /// period's exact dates and goes out with the first forecast whose window reaches the period — ahead of
    /// it, since forecasts look days ahead. No warning stands behind it.
    /// </summary>
    private static IEnumerable<PlannedNotice> StaggerNotices(DecisionSet decisions, Func<string, string, string, bool> wanted,
        Func<string, string, string, string> eventOf) =>
        decisions.Staggered.Select(m => (Decision: m, Target: StaggerTarget(m))).Where(s => wanted("stagger", s.Decision.District, s.Target))
            .Select(s => new PlannedNotice
            {
                TargetKind = "stagger", Target = s.Target, TargetName = s.Decision.TargetName ?? s.Decision.Target, District = s.Decision.District,
                Event = eventOf("stagger", s.Decision.District, s.Target), Subject = "stagger", Level = s.Decision.Level, Measures = [s.Decision],
            });

    /// <summary><c>{enterprise id}-{calendar}-{first day}</c>: one notice per enterprise and period.</summary>
    public static string StaggerTarget(MeasureDecision m) =>
        $"{m.Target}-{Strip(m.Rule)}-{ChineseTime.Local(m.Start):yyyyMMdd}";

    /// <summary>The enterprise a notice goes to: its own id, or a 错峰生产 notice's enterprise.</summary>
    public static string RecipientId(string targetKind, string target) =>
        targetKind == "stagger" ? target.Split('-')[0] : target;

    /// <summary>Production kind decides the template; transport only when production cuts nothing.</summary>
    internal static string SubjectOf(IReadOnlyList<MeasureDecision> measures)
    {
        var kind = measures[0].TargetKind;
        if (kind == "site") return "construction";
        if (kind == "zone") return "traffic";
        if (kind == "party") return "party";
        var production = measures.FirstOrDefault(m => m.Category == "production");
        var transport = measures.FirstOrDefault(m => m.Category == "transport");
        if ((production is null || production.Kind == "none") && transport is not null) return transport.Kind;
        return production?.Kind ?? measures[0].Kind;
    }


    /// <summary>The level segment of <paramref name="w"/> a decision starting at <paramref name="start"/> belongs to (0 outside it).</summary>
    internal static int StepOf(WarningDecision? w, DateTimeOffset start)
    {
        var day = DateOnly.FromDateTime(ChineseTime.Local(start).DateTime);
        return w is not null && w.Start <= day && day <= w.End ? LevelSteps.SegmentOf(w, day) : 0;
    }

    private static bool Overlaps(MeasureDecision m, WarningDecision w)
    {
        var day = DateOnly.FromDateTime(ChineseTime.Local(m.Start).DateTime);
        return w.Start <= day && day <= w.End;
    }

    /// <summary>Each district's warnings in decision order: a plan looks one up per measure.</summary>
    private static Dictionary<string, List<WarningDecision>> WarningsByDistrict(DecisionSet decisions)
    {
        var byDistrict = new Dictionary<string, List<WarningDecision>>(Ordinal);
        foreach (var w in decisions.Warnings)
            (byDistrict.TryGetValue(w.District, out var list) ? list : byDistrict[w.District] = []).Add(w);
        return byDistrict;
    }

    /// <summary>The district's warning covering the day of <paramref name="start"/>, else its first warning.</summary>
    private static WarningDecision? WarningFor(Dictionary<string, List<WarningDecision>> warnings, string district, DateTimeOffset start)
    {
        if (!warnings.TryGetValue(district, out var list)) return null;
        var day = DateOnly.FromDateTime(ChineseTime.Local(start).DateTime);
        foreach (var w in list) if (w.Start <= day && day <= w.End) return w;
        return list[0];
    }

    internal static WarningDecision? WarningFor(DecisionSet decisions, string district, DateTimeOffset start)
    {
        var day = DateOnly.FromDateTime(ChineseTime.Local(start).DateTime);
        return decisions.Warnings.FirstOrDefault(w => w.District == district && w.Start <= day && day <= w.End)
            ?? decisions.Warnings.FirstOrDefault(w => w.District == district);
    }

    private static string Strip(string rule) => rule[(rule.IndexOf(':') + 1)..];
}
