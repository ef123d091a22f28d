namespace EmergencyDSS.Dsl.Model;

/// <summary>
/// How strict a measure is, for "the most stringent wins" and "a higher level must not ask less".
/// Production: stop &gt; limit (by percent; lines = output) &gt; stagger &gt; self &gt; none &gt; exempt.
/// Transport: no-road &gt; ban (a newer lowest-allowed standard is stricter).
/// </summary>
public static class MeasureStringency
{
    public static int Of(Measure measure) => measure.Kind switch
    {
        MeasureKind.Stop => 1000,
        MeasureKind.Limit => 200 + (int)Math.Round((measure.Percent ?? 0) * 5),
        MeasureKind.Stagger => 150,
        MeasureKind.Self => 100,
        MeasureKind.None => 50,
        MeasureKind.Exempt => 0,
        MeasureKind.NoRoad => 1000,
        MeasureKind.Ban => 100 + StandardRank(measure.MinStandard) * 10,
        _ => 0,
    };

    /// <summary>0 for 国一 … 5 for 国六; -1 when unknown.</summary>
    public static int StandardRank(string? standard) =>
        standard is null ? -1 : ForecastFields.EmissionStandards.ToList().IndexOf(standard);

    /// <summary>The stricter of two measures of one category; ties keep the first.</summary>
    public static Measure Stricter(Measure a, Measure b) => Of(b) > Of(a) ? b : a;
}
