using System.Globalization;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>
/// Holds one expectation against an evaluation. A failure is a small diff: the expected line, then
/// what the evaluation has for the same district or target (or "nothing").
/// </summary>
internal static class ExpectationCheck
{
    public static IReadOnlyList<string>? Failure(Expectation e, DecisionSet d) => e.Subject switch
    {
        "warning" => Warning(e, d),
        "warnings" => Holds(e, d.Warnings.Count > 0, d.Warnings.Select(Describe)),
        "segment" => Matching(e, ScheduleExpectations.Segments(e, d), ScheduleExpectations.Fits(e), ScheduleExpectations.Describe),
        "because" => Matching(e, ScheduleExpectations.Reasons(e, d), r => r.Because.Contains(e.Words[1], StringComparison.Ordinal), r => r.Describe),
        "measure" => Measure(e, d),
        "measures" => Holds(e, d.Measures.Count > 0, d.Measures.Take(5).Select(Describe)),
        "regional" => Matching(e, d.RegionalWarnings.Where(r => r.Region == e.Words[0]),
            r => e.Words.Count < 2 || r.Level == e.Words[1], r => $"{r.Region} {r.Level} {Day(r.Start)} .. {Day(r.End)}"),
        "advisory" => Matching(e, d.Advisories.Where(a => a.District == e.Words[0]),
            a => e.Words.Count < 2 || a.Kind == e.Words[1], a => $"{a.District} {a.Kind} ({a.Rule})"),
        "rainfall" => Matching(e, d.RainfallRequests.Where(r => r.District == e.Words[0]),
            _ => true, r => $"{r.District} {r.Level} {Day(r.Date)} ({r.Rule})"),
        "standing" => Matching(e, (d.Standing ?? []).Where(s => s.Zone == e.Words[0] || s.Rule == $"traffic:{e.Words[0]}"),
            _ => true, s => $"standing {s.Zone} {s.Text} from {Day(s.Effective)} ({s.Rule})"),
        "notice" => Matching(e, Notices.NoticePlanner.Plan(d).Where(n => n.Target == e.Words[0] || n.TargetName == e.Words[0]
                || Notices.NoticePlanner.RecipientId(n.TargetKind, n.Target) == e.Words[0]),
            n => e.Words.Count < 2 || n.Subject == e.Words[1], n => $"notice {n.TargetName} {n.Subject} {n.Event} ({n.TargetKind})"),
        _ => [$"unknown subject `{e.Subject}`"],
    };

    /// <summary><c>warning DISTRICT LEVEL [FROM .. TO] [by RULE]</c>.</summary>
    private static IReadOnlyList<string>? Warning(Expectation e, DecisionSet d)
    {
        var district = e.Words[0];
        var (words, options) = ScheduleExpectations.Split(e.Words);
        bool Fits(WarningDecision w) =>
            (words.Count < 2 || w.Level == words[1])
            && (words.Count < 5 || (Day(w.Start) == words[2] && Day(w.End) == words[4]))
            && (!options.TryGetValue("by", out var rule) || w.Rule == rule);
        return Matching(e, d.Warnings.Where(w => w.District == district), Fits, Describe);
    }

    /// <summary>
    /// <c>measure TARGET KIND [N%] [at LEVEL] [from FROM .. TO]</c>: a measure of that kind (and percentage,
    /// level, days in force) for the target; <c>no measure TARGET KIND …</c>: none of that kind fits (other measures may stand).
    /// </summary>
    private static IReadOnlyList<string>? Measure(Expectation e, DecisionSet d)
    {
        var target = e.Words[0];
        var (words, options) = ScheduleExpectations.Split(e.Words);
        bool Fits(MeasureDecision m) =>
            (words.Count < 2 || m.Kind == words[1])
            && (words.Count < 3 || Percent(m.Percent) == words[2])
            && (!options.TryGetValue("at", out var level) || m.Level == level)
            && (!options.TryGetValue("from", out var days) || days == ScheduleExpectations.Days(m));
        return Matching(e, d.Measures.Concat(d.Staggered).Where(m => m.Target == target || m.TargetName == target), Fits, Describe);
    }

    internal static IReadOnlyList<string>? Matching<T>(Expectation e, IEnumerable<T> candidates, Func<T, bool> fits, Func<T, string> describe)
    {
        var all = candidates.ToList();
        // `expect no measure T stop at yellow`: no candidate fits; without more words every candidate fits.
        var found = all.Any(fits);
        if (found != e.Negated) return null;
        return Diff(e, e.Negated ? all.Where(fits).Select(describe) : all.Select(describe));
    }

    private static IReadOnlyList<string>? Holds(Expectation e, bool any, IEnumerable<string> actual) =>
        any != e.Negated ? null : Diff(e, actual);

    private static IReadOnlyList<string> Diff(Expectation e, IEnumerable<string> actual)
    {
        var lines = new List<string> { $"- expected: {e.Text["expect ".Length..]}" };
        var got = actual.Take(8).ToList();
        if (got.Count == 0) lines.Add("+ actual:   nothing");
        else lines.AddRange(got.Select((g, i) => (i == 0 ? "+ actual:   " : "            ") + g));
        return lines;
    }

    private static string Describe(WarningDecision w) =>
        $"warning {w.District} {w.Level} {Day(w.Start)} .. {Day(w.End)} ({w.Rule})";

    private static string Describe(MeasureDecision m) =>
        $"measure {m.Target} {m.Kind}{(m.Percent is null ? "" : " " + Percent(m.Percent))} at {m.Level} ({m.Rule})";

    private static string Percent(double? p) => p is null ? "" : p.Value.ToString(CultureInfo.InvariantCulture) + "%";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
