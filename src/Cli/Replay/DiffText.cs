using System.Globalization;
using EmergencyDSS.Notices.Replay;

namespace EmergencyDSS.Cli.Replay;

/// <summary>`dss diff`'s terminal report: what changes, grouped, and nothing that does not.</summary>
internal static class DiffText
{
    public static void Write(TextWriter o, SeasonDiff diff, int forecasts)
    {
        o.WriteLine($"replayed {forecasts} forecasts under both rulesets");
        o.WriteLine($"warning levels: {diff.Levels.Count} district-days change");
        foreach (var c in diff.Levels) o.WriteLine($"  {c.District} {D(c.Date)}: {c.Old ?? "none"} -> {c.New ?? "none"}");
        foreach (var d in diff.Levels.GroupBy(c => c.District))
            o.WriteLine($"  {d.Key}: warning days {d.Count(c => c.Old is not null)} -> {d.Count(c => c.New is not null)} (of the changed days)");
        o.WriteLine($"lifecycle steps: {diff.Steps.Count} change");
        foreach (var (old, @new) in diff.Steps)
            o.WriteLine($"  {(old ?? @new)!.At:yyyy-MM-dd HH:mm} {(old ?? @new)!.District}: {Step(old)} -> {Step(@new)}");
        o.WriteLine($"enterprises: {diff.Enterprises.Count} change");
        foreach (var g in diff.Enterprises.GroupBy(e => (e.Industry, e.Grade)).OrderBy(g => g.Key.Industry, StringComparer.Ordinal).ThenBy(g => g.Key.Grade, StringComparer.Ordinal))
            o.WriteLine($"  {g.Key.Industry} {g.Key.Grade}: {g.Count()} enterprises, stop days {Signed(g.Sum(e => e.NewStop - e.OldStop))}, limit days {Signed(g.Sum(e => e.NewLimit - e.OldLimit))}, " +
                        $"cut {Cut(g.Select(e => e.OldCut), g.Select(e => e.NewCut))}");
        foreach (var e in diff.Enterprises)
            o.WriteLine($"    {e.Id} {e.Name} ({e.District}, {e.Industry} {e.Grade}): stop {e.OldStop} -> {e.NewStop}, limit {e.OldLimit} -> {e.NewLimit}, notices changed {e.NoticesChanged}");
        o.WriteLine($"notices: {diff.Notices.Count} change" + (diff.Notices.Count == 0 ? "" : " (" + string.Join(", ", diff.Notices
            .GroupBy(n => $"{n.TargetKind} {n.Event} {(n.Old is null ? "added" : n.New is null ? "dropped" : "reworded")}").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}")) + ")"));
        o.WriteLine("emissions cut (t): " + string.Join(", ", SeasonTally.Pollutants.Select((p, i) =>
            $"{p} {F(diff.OldCut[i])} -> {F(diff.NewCut[i])} ({Signed(diff.NewCut[i] - diff.OldCut[i])})")));
        if (diff.IsEmpty) o.WriteLine("no difference");
    }

    private static string Step(TimelineStep? s) => s is null ? "nothing" : $"{s.Change} {s.Level} {(s.Start is { } a ? D(a) : "")}..{(s.End is { } b ? D(b) : "")} {s.State}".TrimEnd();

    private static string Cut(IEnumerable<double[]> old, IEnumerable<double[]> @new)
    {
        var (o, n) = (old.ToList(), @new.ToList());
        return string.Join(", ", SeasonTally.Pollutants.Select((p, i) => $"{p} {Signed(n.Sum(c => c[i]) - o.Sum(c => c[i]))}"));
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string F(double v) => v.ToString("F2", CultureInfo.InvariantCulture);
    private static string Signed(double v) => (v >= 0 ? "+" : "") + v.ToString("0.##", CultureInfo.InvariantCulture);
}
