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

    /// <summary>
    /// Warnings, and level segments per district, from the day levels and regional floors (districts in
    /// forecast order, each district's segments in date order).
    /// </summary>
    public static (List<PeerWarning> Warnings, Dictionary<string, List<LevelSegment>> ByDistrict) Episodes(
        Dictionary<string, DistrictSeries> series, EpisodeSplitter splitter)
    {
        var warnings = new List<PeerWarning>();
        var segments = new List<LevelSegment>();
        var byDistrict = new Dictionary<string, List<LevelSegment>>(StringComparer.Ordinal);
        foreach (var (district, s) in series)
        {
            var start = segments.Count;
            splitter.Split(district, s, segments, warnings);
            if (segments.Count > start) byDistrict[district] = segments.GetRange(start, segments.Count - start);
        }
        return (warnings, byDistrict);
    }
}
