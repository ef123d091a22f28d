namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>
/// Host-side glue both peers share: turns a district's day levels into episodes (maximal runs of
/// warned days; runs separated by a clean gap shorter than the lift time merge). Shared on purpose:
/// a RulesEngine user would write this in C# too, so the comparison is about the rule evaluation.
/// </summary>
internal sealed class EpisodeSplitter(int liftAfterHours, IReadOnlySet<string> advisoryOnlyPollutants)
{
    /// <param name="dayLevel">per day, 1 + warning-level index, or 0 when the day is not warned.</param>
    public void Split(string district, ReadOnlySpan<DateOnly> dates, ReadOnlySpan<int> dayLevel,
        ReadOnlySpan<string> pollutants, List<Episode> into)
    {
        var i = 0;
        while (i < dates.Length)
        {
            if (dayLevel[i] == 0) { i++; continue; }
            var first = i;
            var last = i;
            for (var j = i + 1; j < dates.Length; j++)
            {
                if (dayLevel[j] == 0) continue;
                var gapDays = dates[j].DayNumber - dates[last].DayNumber - 1;
                if (gapDays * 24 >= liftAfterHours) break;
                last = j;
            }
            into.Add(Build(district, dates, dayLevel, pollutants, first, last));
            i = last + 1;
        }
    }

    private Episode Build(string district, ReadOnlySpan<DateOnly> dates, ReadOnlySpan<int> dayLevel,
        ReadOnlySpan<string> pollutants, int first, int last)
    {
        var level = 0;
        string? pollutant = null;
        var best = 0;
        for (var k = first; k <= last; k++)
        {
            if (dayLevel[k] == 0) continue;
            level = Math.Max(level, dayLevel[k]);
            var count = 0;
            for (var m = first; m <= last; m++)
                if (dayLevel[m] != 0 && pollutants[m] == pollutants[k]) count++;
            // Strictly greater keeps the earliest pollutant on a tie.
            if (count > best) { best = count; pollutant = pollutants[k]; }
        }
        var p = pollutant ?? "-";
        return new Episode(district, level - 1, dates[first], dates[last], p, advisoryOnlyPollutants.Contains(p));
    }
}
