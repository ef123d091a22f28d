namespace EmergencyDSS.Notices.Replay;

/// <summary>A district-day whose warning level differs (null: not warned).</summary>
internal sealed record LevelChange(string District, DateOnly Date, string? Old, string? New);

/// <summary>An enterprise whose stop/limit days, emissions cut or notices differ.</summary>
internal sealed record EnterpriseChange(string Id, string Name, string District, string Industry, string Grade,
    int OldStop, int NewStop, int OldLimit, int NewLimit, double[] OldCut, double[] NewCut, int NoticesChanged);

/// <summary>A notice sent under one ruleset and not the other, or with other content (null side: not sent).</summary>
internal sealed record NoticeChange(DateTimeOffset At, string District, string TargetKind, string Target, string Event, TimelineNotice? Old, TimelineNotice? New);

/// <summary>
/// The impact of a ruleset change on one replayed sequence: the district-days whose level changes, the
/// lifecycle steps that differ, the enterprises whose stop/limit days, cut or notices change, and the notices
/// that change. Nothing is listed that is the same under both rulesets.
/// </summary>
internal sealed record SeasonDiff(IReadOnlyList<LevelChange> Levels, IReadOnlyList<(TimelineStep? Old, TimelineStep? New)> Steps,
    IReadOnlyList<EnterpriseChange> Enterprises, IReadOnlyList<NoticeChange> Notices, double[] OldCut, double[] NewCut)
{
    public bool IsEmpty => Levels.Count == 0 && Steps.Count == 0 && Enterprises.Count == 0 && Notices.Count == 0;

    public static SeasonDiff Between(ReplayTimeline old, ReplayTimeline @new, IReadOnlyList<Engine.Facts.Enterprise> enterprises)
    {
        var levels = old.Tally.Levels.Keys.Union(@new.Tally.Levels.Keys)
            .Select(k => new LevelChange(k.District, k.Date, old.Tally.Levels.GetValueOrDefault(k), @new.Tally.Levels.GetValueOrDefault(k)))
            .Where(c => c.Old != c.New).OrderBy(c => c.District, StringComparer.Ordinal).ThenBy(c => c.Date).ToList();

        static (DateTimeOffset, string) StepKey(TimelineStep s) => (s.At, s.District);
        var oldSteps = old.Steps.ToDictionary(StepKey);
        var newSteps = @new.Steps.ToDictionary(StepKey);
        var steps = oldSteps.Keys.Union(newSteps.Keys).OrderBy(k => k.Item1).ThenBy(k => k.Item2, StringComparer.Ordinal)
            .Select(k => (Old: oldSteps.GetValueOrDefault(k), New: newSteps.GetValueOrDefault(k)))
            .Where(p => p.Old is null || p.New is null || !SameStep(p.Old, p.New)).ToList();

        static (DateTimeOffset, string, string, string, string) NoticeKey(TimelineStep s, TimelineNotice n) => (s.At, n.District, n.TargetKind, n.Target, n.Event);
        var oldNotices = old.Steps.SelectMany(s => s.Notices.Select(n => (Key: NoticeKey(s, n), n))).ToDictionary(x => x.Key, x => x.n);
        var newNotices = @new.Steps.SelectMany(s => s.Notices.Select(n => (Key: NoticeKey(s, n), n))).ToDictionary(x => x.Key, x => x.n);
        var notices = oldNotices.Keys.Union(newNotices.Keys)
            .Select(k => new NoticeChange(k.Item1, k.Item2, k.Item3, k.Item4, k.Item5, oldNotices.GetValueOrDefault(k), newNotices.GetValueOrDefault(k)))
            .Where(c => c.Old != c.New)
            .OrderBy(c => c.At).ThenBy(c => c.District, StringComparer.Ordinal).ThenBy(c => c.TargetKind, StringComparer.Ordinal)
            .ThenBy(c => c.Target, StringComparer.Ordinal).ThenBy(c => c.Event, StringComparer.Ordinal).ToList();

        var noticed = notices.Where(n => n.TargetKind == "enterprise").GroupBy(n => n.Target).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var before = old.Tally.Enterprises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var after = @new.Tally.Enterprises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var none = new double[SeasonTally.Pollutants.Length];
        var changed = new List<EnterpriseChange>();
        foreach (var e in enterprises.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var (o, n) = (before.GetValueOrDefault(e.Id), after.GetValueOrDefault(e.Id));
            var change = new EnterpriseChange(e.Id, e.Name, e.District, e.Industry, e.Grade, o?.StopDays ?? 0, n?.StopDays ?? 0, o?.LimitDays ?? 0, n?.LimitDays ?? 0,
                o?.Cut ?? none, n?.Cut ?? none, noticed.GetValueOrDefault(e.Id));
            var cutDiffers = change.OldCut.Zip(change.NewCut).Any(c => Math.Abs(c.First - c.Second) > 1e-9);
            if (change.OldStop != change.NewStop || change.OldLimit != change.NewLimit || cutDiffers || change.NoticesChanged > 0) changed.Add(change);
        }
        return new SeasonDiff(levels, steps, changed, notices, old.Tally.Cut, @new.Tally.Cut);
    }

    private static bool SameStep(TimelineStep a, TimelineStep b) =>
        a.Change == b.Change && a.State == b.State && a.Level == b.Level && a.Start == b.Start && a.End == b.End;
}
