using EmergencyDSS.Bench.Workload;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Bench.Tests.Peers;

/// <summary>A small hand-made input: one district's week of AQI and one enterprise per interesting row.</summary>
internal static class Scenario
{
    public static readonly DateOnly Day1 = new(2024, 12, 3);
    public static readonly string District = ReferencePlan.DistrictName(20);

    public static Forecast Forecast(params (int Aqi, string Pollutant)[] days) => InDistrict(District, days);

    public static Forecast Forecast(params int[] aqi) => Forecast([.. aqi.Select(a => (a, a > 50 ? "PM2.5" : "-"))]);

    /// <summary>One district's week of AQI (PM2.5 above 50).</summary>
    public static Forecast InDistrict(string district, params int[] aqi) => InDistrict(district, [.. aqi.Select(a => (a, a > 50 ? "PM2.5" : "-"))]);

    private static Forecast InDistrict(string district, (int Aqi, string Pollutant)[] days) => new()
    {
        IssuedAt = new DateTimeOffset(2024, 12, 2, 16, 0, 0, TimeSpan.FromHours(8)),
        Sha256 = "scenario",
        Days = [.. days.Select((d, i) => new ForecastDay { District = district, Date = Day1.AddDays(i), Aqi = d.Aqi, PrimaryPollutant = d.Pollutant })],
    };

    public static IReadOnlyList<Enterprise> Enterprises() =>
    [
        Make("cement-A", "水泥", "A"),
        Make("cement-B", "水泥", "B"),
        Make("cement-C", "水泥", "C"),
        Make("cement-D", "水泥", "D"),
        Make("glass-B", "玻璃", "B"),
        Make("other-C", "其他", "C"),
        Make("other-A", "其他", "A"),
        Make("cement-B-bulk", "水泥", "B") with { BulkTransport = true },
        Make("glass-B-bulk", "玻璃", "B") with { BulkTransport = true },
        Make("glass-D-bulk", "玻璃", "D") with { BulkTransport = true },
        Make("cement-D-livelihood", "水泥", "D") with { Livelihood = true },
        Make("cement-D-own", "水泥", "D") with
        {
            OwnMeasures = [new MeasureCell("orange", [new Measure { Kind = MeasureKind.Limit, Percent = 60 }])],
        },
        Make("elsewhere", "水泥", "D") with { District = ReferencePlan.DistrictName(21) },
    ];

    private static Enterprise Make(string id, string industry, string grade) => new()
    {
        Id = id, Name = id, District = District, Industry = industry, Grade = grade,
    };
}
