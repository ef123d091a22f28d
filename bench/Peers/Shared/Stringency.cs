using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>
/// The most-stringent order of docs/design.md as plain numbers: stop &gt; limit (higher percent; lines
/// equal output) &gt; stagger &gt; self &gt; none &gt; exempt; no-road &gt; ban (higher min standard) &gt; nothing.
/// On a tie the measure met first stays.
/// </summary>
internal static class Stringency
{
    public static double Production(Measure m) => m.Kind switch
    {
        MeasureKind.Stop => 10_000,
        MeasureKind.Limit => 1_000 + (m.Percent ?? 0),
        MeasureKind.Stagger => 300,
        MeasureKind.Self => 200,
        MeasureKind.None => 100,
        _ => 0,
    };

    public static double Transport(Measure m) => m.Kind switch
    {
        MeasureKind.NoRoad => 10_000,
        MeasureKind.Ban => 1_000 + StandardIndex(m.MinStandard),
        _ => 0,
    };

    private static int StandardIndex(string? standard)
    {
        if (standard is null) return 0;
        for (var i = 0; i < ForecastFields.EmissionStandards.Count; i++)
            if (ForecastFields.EmissionStandards[i] == standard) return i + 1;
        return 0;
    }

    public static Measure? Stricter(Measure? a, Measure b, Func<Measure, double> score) =>
        a is null || score(b) > score(a) ? b : a;
}
