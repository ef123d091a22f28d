using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Tests.Support;

/// <summary>Seeded random cities for property tests: a few districts, a week of AQI, a mixed reduction list.</summary>
internal static class Generated
{
    private static readonly string[] Districts = ["渝中区", "江北区", "南岸区", "北碚区", "渝北区", "万州区", "涪陵区"];
    private static readonly string[] Industries = ["水泥", "玻璃", "陶瓷", "钢铁", "工业涂装", "其他"];
    private static readonly string[] Grades = ["A", "引领性", "B", "C", "D", "非重点"];

    public static (Forecast Forecast, List<Enterprise> Enterprises, List<Site> Sites) City(int seed, int enterprises = 60, bool ozone = true)
    {
        var random = new Random(seed);
        var days = new List<ForecastDay>();
        foreach (var district in Districts)
            for (var i = 0; i < 7; i++)
                days.Add(new ForecastDay
                {
                    District = district, Date = Scenario.FirstDay.AddDays(i), Aqi = random.Next(60, 380),
                    PrimaryPollutant = ozone && random.Next(8) == 0 ? "O3" : "PM2.5", Rh = random.Next(0, 101),
                    CloudCover = random.Next(0, 101), PrecipProb = random.Next(0, 101), WindDir = random.Next(4) == 0 ? "SE" : "N",
                });
        var list = Enumerable.Range(0, enterprises).Select(i => new Enterprise
        {
            Id = $"E{i:D4}", Name = $"企业{i}", District = Districts[random.Next(Districts.Length)],
            Industry = Industries[random.Next(Industries.Length)], Grade = Grades[random.Next(Grades.Length)],
            Livelihood = random.Next(20) == 0, BulkTransport = random.Next(4) == 0,
            So2T = random.Next(0, 50), NoxT = random.Next(0, 80), PmT = random.Next(0, 30), VocsT = random.Next(0, 40),
        }).ToList();
        var sites = Enumerable.Range(0, 10).Select(i => new Site
        {
            Id = $"S{i:D3}", Name = $"工地{i}", District = Districts[random.Next(Districts.Length)],
            Kind = random.Next(2) == 0 ? "房建" : "拆除", Stage = random.Next(2) == 0 ? "土石方" : "主体", KeyProject = random.Next(5) == 0,
        }).ToList();
        return (new Forecast { IssuedAt = Scenario.IssuedAt, Sha256 = "generated", Days = days }, list, sites);
    }
}
