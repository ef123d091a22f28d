namespace EmergencyDSS.Bench.Peers.Handwritten;

/// <summary>
/// The 2024 national triggers (环大气〔2024〕6号) coded by hand over one district's sorted series:
/// yellow AQI &gt; 200 on a day or &gt; 150 on 2 consecutive days; orange &gt; 200 on 2 or &gt; 150 on 3;
/// red &gt; 200 on 3 consecutive days with &gt; 300 on at least one. A window covers all its days.
/// </summary>
internal static class NationalTriggers
{
    /// <summary>Writes 0 (clean) or the level number (1 yellow, 2 orange, 3 red) per day.</summary>
    public static void DayLevels(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<int> aqi, Span<int> level)
    {
        level.Clear();
        for (var i = 0; i < aqi.Length; i++)
        {
            if (aqi[i] > 200) Raise(level, i, 1, 1);
            if (!Consecutive(dates, i, 2)) continue;
            if (aqi[i] > 150 && aqi[i + 1] > 150) Raise(level, i, 2, 1);
            if (aqi[i] > 200 && aqi[i + 1] > 200) Raise(level, i, 2, 2);
            if (!Consecutive(dates, i, 3) || aqi[i + 2] <= 150 || aqi[i] <= 150 || aqi[i + 1] <= 150) continue;
            Raise(level, i, 3, 2);
            if (aqi[i] > 200 && aqi[i + 1] > 200 && aqi[i + 2] > 200 &&
                (aqi[i] > 300 || aqi[i + 1] > 300 || aqi[i + 2] > 300))
                Raise(level, i, 3, 3);
        }
    }

    private static bool Consecutive(ReadOnlySpan<DateOnly> dates, int start, int days)
    {
        if (start + days > dates.Length) return false;
        return dates[start + days - 1].DayNumber - dates[start].DayNumber == days - 1;
    }

    private static void Raise(Span<int> level, int start, int days, int to)
    {
        for (var k = start; k < start + days; k++)
            if (level[k] < to) level[k] = to;
    }
}
