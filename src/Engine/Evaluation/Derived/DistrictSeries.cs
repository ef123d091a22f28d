using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation.Derived;

/// <summary>A district's forecast days in date order: the fact the window aggregates run over.</summary>
internal sealed record DistrictSeries(string District, ForecastDay[] Days)
{
    public override string ToString() => $"{District} {Days.Length} 天预报（{(Days.Length == 0 ? "" : $"{Days[0].Date:yyyy-MM-dd} 至 {Days[^1].Date:yyyy-MM-dd}")}）";
}

/// <summary>
/// Per day, the highest level whose trigger covers it (0: none), before regional floors. Inserted
/// with zeros beside its series; each firing level rule raises the days its trigger covers.
/// </summary>
internal sealed class DistrictLevels(DistrictSeries series)
{
    public DistrictSeries Series { get; } = series;
    public int[] Ranks { get; } = new int[series.Days.Length];
    public string District => Series.District;

    /// <summary>Raises every day <paramref name="covered"/> marks to at least <paramref name="rank"/>.</summary>
    public void Raise(int rank, bool[] covered)
    {
        for (var i = 0; i < covered.Length; i++) if (covered[i] && Ranks[i] < rank) Ranks[i] = rank;
    }

    public override string ToString() => $"{District} 逐日等级 [{string.Join(",", Ranks)}]";
}

/// <summary>
/// A region's level per date, derived from how many member districts are warned (by a pollutant that
/// warns: advisory-only pollutants such as O3 never count); per date, the members that counted and
/// their most frequent primary pollutant, so a raised district can cite them.
/// </summary>
internal sealed record RegionalLevel(string Region, IReadOnlyDictionary<DateOnly, int> Ranks, int MinDistricts,
    IReadOnlyDictionary<DateOnly, string[]> Members, IReadOnlyDictionary<DateOnly, string> Pollutants)
{
    public override string ToString() => $"{Region} 区域等级 {string.Join(",", Ranks.Select(r => $"{r.Key:MM-dd}={r.Value}"))}";
}

/// <summary>The regional levels that floor one district's days (in region, then rule order), inserted once every region is known.</summary>
internal sealed record RegionalFloors(string District, IReadOnlyList<RegionalLevel> Levels)
{
    public override string ToString() => $"{District} 区域下限 {Levels.Count} 项";
}

/// <summary>All episodes of one district in date order (possibly none): inserted by the episode rule once it has derived them.</summary>
internal sealed record DistrictEpisodes(string District, IReadOnlyList<Episode> Episodes)
{
    public override string ToString() => $"{District} {Episodes.Count} 个预警过程";
}

/// <summary>The construction sites of one district, sorted by id.</summary>
internal sealed record DistrictSites(string District, Facts.Site[] Sites)
{
    public override string ToString() => $"{District} {Sites.Length} 个工地";
}
