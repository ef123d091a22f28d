namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>
/// One district's forecast days, sorted by date: per day its own trigger level (<see cref="Levels"/>, 0 = clean),
/// the regional floor over it (<see cref="Floors"/>, with the region's pollutant that day) once the regions are known.
/// </summary>
internal sealed class DistrictSeries(int capacity)
{
    public DateOnly[] Dates = new DateOnly[capacity];
    public int[] Aqi = new int[capacity];
    public string[] Pollutants = new string[capacity];
    public int[] Levels = new int[capacity];
    public int[] Floors = new int[capacity];
    public string?[] FloorPollutants = new string?[capacity];
    public int Count;

    public void Add(DateOnly date, int aqi, string pollutant)
    {
        if (Count == Dates.Length)
        {
            var size = Count * 2;
            Array.Resize(ref Dates, size);
            Array.Resize(ref Aqi, size);
            Array.Resize(ref Pollutants, size);
            Array.Resize(ref Levels, size);
            Array.Resize(ref Floors, size);
            Array.Resize(ref FloorPollutants, size);
        }
        Dates[Count] = date;
        Aqi[Count] = aqi;
        Pollutants[Count] = pollutant;
        Count++;
    }

    /// <summary>Forecast rows may come in any order; insertion sort is cheapest for a week of days.</summary>
    public void SortByDate()
    {
        for (var i = 1; i < Count; i++)
            for (var j = i; j > 0 && Dates[j - 1] > Dates[j]; j--)
            {
                (Dates[j - 1], Dates[j]) = (Dates[j], Dates[j - 1]);
                (Aqi[j - 1], Aqi[j]) = (Aqi[j], Aqi[j - 1]);
                (Pollutants[j - 1], Pollutants[j]) = (Pollutants[j], Pollutants[j - 1]);
            }
    }
}
