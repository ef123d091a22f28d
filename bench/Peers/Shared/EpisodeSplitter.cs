namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>
/// Host-side glue both peers share, written once in C# as a RulesEngine user would write it too, so the
/// comparison is about the rule evaluation. Per day: the level it carries (its own triggers', unless its
/// primary pollutant is advisory-only, e.g. O3, or a higher regional floor, which brings the region's
/// pollutant) and whether that is an advisory-only standing. Episodes are maximal runs of such days,
/// merged across clean gaps shorter than the lift time; each keeps a level schedule: a gap day carries
/// the lower of its warned neighbours (the earlier on a tie), a short dip between two higher days carries
/// the lower of them, and every run of days at one level and standing is a <see cref="LevelSegment"/>.
/// The warning reports the episode at its highest level that warns (an advisory-only segment heads it
/// only when all are) with the most frequent pollutant of its warned days (the earliest on a tie).
/// </summary>
internal sealed class EpisodeSplitter(int liftAfterHours, IReadOnlySet<string> advisoryOnlyPollutants, IReadOnlyList<string> levels)
{
    public void Split(string district, DistrictSeries s, List<LevelSegment> segments, List<PeerWarning> warnings)
    {
        var n = s.Count;
        Span<int> rank = n <= 64 ? stackalloc int[n] : new int[n];
        Span<bool> advisory = n <= 64 ? stackalloc bool[n] : new bool[n];
        var pollutant = new string[n];
        for (var i = 0; i < n; i++)
        {
            var own = s.Levels[i];
            var warns = own > 0 && !advisoryOnlyPollutants.Contains(s.Pollutants[i]) ? own : 0;
            if (s.Floors[i] > warns) (rank[i], advisory[i], pollutant[i]) = (s.Floors[i], false, s.FloorPollutants[i]!);
            else (rank[i], advisory[i], pollutant[i]) = (own, own > 0 && warns == 0, s.Pollutants[i]);
        }
        var dates = s.Dates.AsSpan(0, n);
        var first = 0;
        while (first < n)
        {
            if (rank[first] == 0) { first++; continue; }
            var last = first;
            for (var j = first + 1; j < n; j++)
            {
                if (rank[j] == 0) continue;
                var gapDays = dates[j].DayNumber - dates[last].DayNumber - 1;
                if (gapDays * 24 >= liftAfterHours) break;
                last = j;
            }
            Episode(district, dates, rank, advisory, pollutant, first, last, segments, warnings);
            first = last + 1;
        }
    }

    private void Episode(string district, ReadOnlySpan<DateOnly> dates, ReadOnlySpan<int> rank, ReadOnlySpan<bool> advisory,
        string[] pollutant, int first, int last, List<LevelSegment> segments, List<PeerWarning> warnings)
    {
        var length = last - first + 1;
        var carried = new (int Rank, bool Advisory)[length];
        for (var i = 0; i < length; i++) carried[i] = Carried(rank, advisory, first + i);
        Bridge(carried);
        var from = 0;
        var count = segments.Count;
        for (var i = 1; i <= length; i++)
        {
            if (i < length && carried[i] == carried[from]) continue;
            segments.Add(new LevelSegment(district, carried[from].Rank - 1, dates[first + from], dates[first + i - 1],
                MostFrequent(rank, pollutant, first + from, first + i - 1), carried[from].Advisory));
            from = i;
        }
        LevelSegment? top = null;
        var allAdvisory = true;
        for (var k = count; k < segments.Count; k++) allAdvisory &= segments[k].AdvisoryOnly;
        for (var k = count; k < segments.Count; k++)
            if ((allAdvisory || !segments[k].AdvisoryOnly) && (top is null || segments[k].Level > top.Level)) top = segments[k];
        warnings.Add(new PeerWarning(district, levels[top!.Level], dates[first], dates[last],
            MostFrequent(rank, pollutant, first, last), allAdvisory));
    }

    /// <summary>A warned day's own standing; a gap day's is its lower warned neighbour's (the earlier on a tie).</summary>
    private static (int Rank, bool Advisory) Carried(ReadOnlySpan<int> rank, ReadOnlySpan<bool> advisory, int i)
    {
        if (rank[i] > 0) return (rank[i], advisory[i]);
        var before = i - 1;
        while (rank[before] == 0) before--;
        var after = i + 1;
        while (rank[after] == 0) after++;
        return rank[after] < rank[before] ? (rank[after], advisory[after]) : (rank[before], advisory[before]);
    }

    /// <summary>
    /// Short dips are bridged: a run of days each below both production-warning days around it (a lower level, or
    /// advisory-only at their level or lower), shorter than the lift time, carries the lower of those two (the
    /// earlier on a tie); repeated until no such dip is left.
    /// </summary>
    private void Bridge((int Rank, bool Advisory)[] carried)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 1; i < carried.Length; i++)
            {
                var left = carried[i - 1];
                if (!Rim(left) || !Below(carried[i], left)) continue;
                var j = i;
                while (j < carried.Length && Below(carried[j], left)) j++;
                if (j == carried.Length || !Rim(carried[j])) continue;
                var rim = carried[j].Rank < left.Rank ? carried[j] : left;
                if ((j - i) * 24 >= liftAfterHours) continue;
                var dip = i;
                while (dip < j && Below(carried[dip], rim)) dip++;
                if (dip < j) continue;
                for (var k = i; k < j; k++) carried[k] = rim;
                changed = true;
            }
        }
    }

    /// <summary>A day that can hold a dip up: warned, and not advisory-only.</summary>
    private static bool Rim((int Rank, bool Advisory) day) => day.Rank > 0 && !day.Advisory;

    private static bool Below((int Rank, bool Advisory) day, (int Rank, bool Advisory) rim) =>
        day.Rank < rim.Rank || (day.Advisory && day.Rank <= rim.Rank);

    /// <summary>The most frequent pollutant of the warned days in first..last; the earliest to appear on a tie.</summary>
    private static string MostFrequent(ReadOnlySpan<int> rank, string[] pollutant, int first, int last)
    {
        string? best = null;
        var bestCount = 0;
        for (var k = first; k <= last; k++)
        {
            if (rank[k] == 0) continue;
            var count = 0;
            for (var m = first; m <= last; m++)
                if (rank[m] != 0 && pollutant[m] == pollutant[k]) count++;
            // Strictly greater keeps the earliest pollutant on a tie.
            if (count > bestCount) (bestCount, best) = (count, pollutant[k]);
        }
        return best!;
    }
}
