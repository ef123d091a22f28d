using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation.Derived;

/// <summary>A district's forecast days in date order: the fact the window aggregates run over.</summary>
internal sealed record DistrictSeries(string District, ForecastDay[] Days);

/// <summary>Per day, the highest level whose trigger covers it (0: none), before regional floors.</summary>
internal sealed record DistrictLevels(DistrictSeries Series, int[] Ranks)
{
    public string District => Series.District;
}

/// <summary>A region's level per date, derived from how many member districts are warned.</summary>
internal sealed record RegionalLevel(string Region, IReadOnlyDictionary<DateOnly, int> Ranks, int MinDistricts);
