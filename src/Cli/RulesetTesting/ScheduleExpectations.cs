using System.Globalization;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>
/// The expectations about level schedules and reasons: <c>segment DISTRICT LEVEL [FROM .. TO] [by RULE]</c>
/// (one level segment of a district's warning; a warning whose level does not change is one segment) and
/// <c>because DISTRICT-OR-TARGET "TEXT"</c> (a warning of the district, or a measure of the target, whose
/// reason contains the text; with <c>no</c>: none does). Options after the positional words: <c>at LEVEL</c>,
/// <c>from FROM .. TO</c>, <c>by RULE</c>.
/// </summary>
internal static class ScheduleExpectations
{
    private static readonly HashSet<string> Options = new(StringComparer.Ordinal) { "at", "from", "by" };

    public sealed record Segment(string District, string Level, DateOnly Start, DateOnly End, string Rule);

    public sealed record Reason(string Because, string Describe);

    /// <summary>The positional words, and each option's value (<c>from</c>: <c>FROM .. TO</c>).</summary>
    public static (List<string> Words, Dictionary<string, string> Options) Split(IReadOnlyList<string> words)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (i == 0 || !Options.Contains(words[i])) { positional.Add(words[i]); continue; }
            var width = words[i] == "from" ? 3 : 1;
            options[words[i]] = string.Join(" ", words.Skip(i + 1).Take(width));
            i += width;
        }
        return (positional, options);
    }

    public static IEnumerable<Segment> Segments(Expectation e, DecisionSet d) =>
        d.Warnings.Where(w => w.District == e.Words[0]).SelectMany(w => w.Schedule is { } s
            ? s.Select(x => new Segment(w.District, x.Level, x.Start, x.End, x.Rule))
            : [new Segment(w.District, w.Level, w.Start, w.End, w.Rule)]);

    public static Func<Segment, bool> Fits(Expectation e)
    {
        var (words, options) = Split(e.Words);
        return s => (words.Count < 2 || s.Level == words[1])
                    && (words.Count < 5 || (Day(s.Start) == words[2] && Day(s.End) == words[4]))
                    && (!options.TryGetValue("by", out var rule) || s.Rule == rule);
    }

    public static string Describe(Segment s) => $"segment {s.District} {s.Level} {Day(s.Start)} .. {Day(s.End)} ({s.Rule})";

    /// <summary>The reasons a district's warnings and segments, or a target's measures, give.</summary>
    public static IEnumerable<Reason> Reasons(Expectation e, DecisionSet d)
    {
        var who = e.Words[0];
        foreach (var w in d.Warnings.Where(w => w.District == who))
        {
            yield return new Reason(w.Because, $"warning {w.District} {w.Level}: {w.Because}");
            foreach (var s in w.Schedule ?? []) yield return new Reason(s.Because, $"segment {w.District} {s.Level}: {s.Because}");
        }
        foreach (var m in d.Measures.Where(m => m.Target == who || m.TargetName == who))
            yield return new Reason(m.Because, $"measure {m.Target} {m.Kind} at {m.Level}: {m.Because}");
    }

    /// <summary>The local days a measure is in force: <c>FROM .. TO</c> (it runs whole days from its start).</summary>
    public static string Days(MeasureDecision m)
    {
        var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m.Start, Shanghai).DateTime);
        var days = Math.Max(1, (int)Math.Round((m.End - m.Start).TotalDays));
        return $"{Day(from)} .. {Day(from.AddDays(days - 1))}";
    }

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
