using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>Host glue both peers share: the forecast rows grouped per district and sorted by date.</summary>
internal static class ForecastSeries
{
    public static Dictionary<string, DistrictSeries> ByDistrict(Forecast forecast)
    {
        var series = new Dictionary<string, DistrictSeries>(StringComparer.Ordinal);
        foreach (var day in forecast.Days)
        {
            if (!series.TryGetValue(day.District, out var s)) series[day.District] = s = new DistrictSeries(8);
            s.Add(day.Date, day.Aqi, day.PrimaryPollutant);
        }
        foreach (var s in series.Values) s.SortByDate();
        return series;
    }

    /// <summary>Episodes per district, and all of them in one list, from the day levels.</summary>
    public static (List<Episode> All, Dictionary<string, List<Episode>> ByDistrict) Episodes(
        Dictionary<string, DistrictSeries> series, EpisodeSplitter splitter)
    {
        var episodes = new List<Episode>();
        var byDistrict = new Dictionary<string, List<Episode>>(StringComparer.Ordinal);
        foreach (var (district, s) in series)
        {
            var start = episodes.Count;
            splitter.Split(district, s.Dates.AsSpan(0, s.Count), s.Levels.AsSpan(0, s.Count), s.Pollutants.AsSpan(0, s.Count), episodes);
            if (episodes.Count > start) byDistrict[district] = episodes.GetRange(start, episodes.Count - start);
        }
        return (episodes, byDistrict);
    }
}
