using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices.Replay;

/// <summary>One notice a lifecycle step would send: recipient, event, level and its state when planned (Rendered while its
/// warning awaits approval). <c>Says</c> stands for what it reports (the warning's level and dates, each measure's kind, percent,
/// standard and times): equal for notices that say the same within one process.</summary>
internal sealed record TimelineNotice(string TargetKind, string Target, string District, string Event, string Level, string Status, int Says)
{
    public static int Content(WarningDecision? warning, IReadOnlyList<MeasureDecision> measures)
    {
        var hash = new HashCode();
        hash.Add(warning?.Level);
        hash.Add(warning?.Start);
        hash.Add(warning?.End);
        foreach (var m in measures)
        {
            hash.Add(m.Category);
            hash.Add(m.Kind);
            hash.Add(m.Level);
            hash.Add(m.Percent);
            hash.Add(m.MinStandard);
            hash.Add(m.Hours);
            hash.Add(m.Start);
            hash.Add(m.End);
        }
        return hash.ToHashCode();
    }
}

/// <summary>
/// One district at one forecast issue: how its warning changed (issue, upgrade, downgrade, extend, shorten, lift;
/// "notices" when only notices went out), the warning's state afterwards (null when no warning moved), its level
/// and dates, and the notices of the step. The city's own notices (regional, traffic 通告) are under 市级.
/// </summary>
internal sealed record TimelineStep(DateTimeOffset At, string Forecast, string District, string Change, string? State, string? Level,
    DateOnly? Start, DateOnly? End, IReadOnlyList<TimelineNotice> Notices);

/// <summary>An enterprise's stop or limit (percent) measure of one forecast, for the season tally.</summary>
internal readonly record struct ProductionCut(string Enterprise, bool Stop, double Percent, DateTimeOffset Start, DateTimeOffset End);

/// <summary>One forecast of the replayed sequence: its warnings and enterprise stop/limit measures (what the season tally reads).</summary>
internal sealed record ReplayIssue(DateTimeOffset At, string Forecast, IReadOnlyList<WarningDecision> Warnings, IReadOnlyList<ProductionCut> Cuts)
{
    public static ReplayIssue Of(DateTimeOffset at, string forecast, DecisionSet decisions) =>
        new(at, forecast, decisions.Warnings, decisions.Measures.Where(m => m.TargetKind == "enterprise" && m.Category == "production" && m.Kind is "stop" or "limit")
            .Select(m => new ProductionCut(m.Target, m.Kind == "stop", m.Percent ?? 0, m.Start, m.End)).ToList());
}

/// <summary>A replayed sequence: every issue, the lifecycle steps in time order, the season's tally, and each warning's last state (in the order they were raised).</summary>
internal sealed record ReplayTimeline(string Ruleset, IReadOnlyList<ReplayIssue> Issues, IReadOnlyList<TimelineStep> Steps, SeasonTally Tally,
    IReadOnlyList<(long Id, string District, string Level, string Status)> Warnings);
