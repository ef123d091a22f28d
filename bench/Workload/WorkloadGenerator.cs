using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Bench.Workload;

/// <summary>
/// Seeded synthetic inputs at any size. Each district draws a week of AQI from one of six
/// scenarios (clean, yellow, orange, red, ozone, two short episodes) so every trigger, the episode
/// merge and the ozone rule are exercised; enterprises spread over the plan's industries and grades.
/// </summary>
internal static class WorkloadGenerator
{
    private static readonly DateOnly FirstDay = new(2024, 12, 3);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static Workload Generate(RuleModel model, int enterprises, int districts, int seed = 2024, int days = 7)
    {
        var random = new Random(seed);
        var names = model.Districts.Take(districts).ToList();
        for (var i = names.Count + 1; names.Count < districts; i++)
        {
            var name = ReferencePlan.DistrictName(i) + "合成";
            if (!model.Districts.Contains(name)) names.Add(name);
        }
        var sized = model with { Districts = names };
        var issued = new DateTimeOffset(FirstDay.AddDays(-1).ToDateTime(new TimeOnly(16, 0)), Shanghai);
        var forecast = new Forecast
        {
            IssuedAt = issued,
            Sha256 = $"synthetic-{seed}-{districts}-{days}",
            Days = [.. names.SelectMany(d => Series(random, d, days))],
        };
        var industries = IndustriesOf(model);
        var grades = GradesOf(model);
        var list = new List<Enterprise>(enterprises);
        for (var i = 0; i < enterprises; i++) list.Add(NewEnterprise(random, i, names[random.Next(names.Count)], industries, grades, model));
        var sites = Enumerable.Range(0, Math.Max(1, enterprises / 20)).Select(i => new Site
        {
            Id = $"S{i:D7}", Name = $"工地{i}", District = names[random.Next(names.Count)],
            Kind = random.Next(4) switch { 0 => "房建", 1 => "市政", 2 => "拆除", _ => "道路" },
            Stage = random.Next(3) switch { 0 => "土石方", 1 => "主体", _ => "装饰" }, KeyProject = random.Next(10) == 0,
        }).ToList();
        return new Workload(sized, forecast, list, sites, issued);
    }

    private static IEnumerable<ForecastDay> Series(Random random, string district, int days)
    {
        var scenario = random.Next(100) switch { < 40 => 0, < 58 => 1, < 72 => 2, < 82 => 3, < 92 => 4, _ => 5 };
        var start = random.Next(Math.Max(1, days - 3));
        for (var d = 0; d < days; d++)
        {
            var inEpisode = d >= start && d < start + 3;
            var aqi = scenario switch
            {
                1 when inEpisode && d < start + 2 => 155 + random.Next(40),
                2 when inEpisode => 160 + random.Next(80),
                3 when inEpisode => 210 + random.Next(d == start + 1 ? 200 : 80),
                4 when inEpisode => 160 + random.Next(70),
                5 when d == start || d == start + 2 => 205 + random.Next(60),
                _ => 35 + random.Next(110),
            };
            var pollutant = aqi <= 50 ? "-" : scenario == 4 && inEpisode ? "O3" : random.Next(5) == 0 ? "PM10" : "PM2.5";
            yield return new ForecastDay
            {
                District = district, Date = FirstDay.AddDays(d), Aqi = aqi, PrimaryPollutant = pollutant,
                Pm25 = Math.Round(aqi * 0.7, 1), Rh = 40 + random.Next(60), CloudCover = random.Next(100),
                PrecipProb = random.Next(100), WindSpeed = Math.Round(random.NextDouble() * 6, 1),
            };
        }
    }

    private static List<string> IndustriesOf(RuleModel model)
    {
        var industries = model.Tables.SelectMany(t => t.Industries).Concat(model.Industries).Distinct().ToList();
        return industries.Count > 0 ? industries : ["其他"];
    }

    /// <summary>The grades the plan's tables name, in the canonical order (the model keeps no grade list of its own).</summary>
    private static List<string> GradesOf(RuleModel model)
    {
        var named = model.Tables.Append(model.DefaultTable).OfType<MeasureTable>().SelectMany(t => t.Rows).SelectMany(r => r.Grades).ToHashSet();
        return [.. ForecastFields.Grades.Where(named.Contains)];
    }

    private static Enterprise NewEnterprise(Random random, int i, string district, List<string> industries,
        List<string> grades, RuleModel model)
    {
        var own = random.Next(50) == 0 && model.Levels.Count > 1
            ? new[] { new MeasureCell(model.Levels[1].Id, [new Measure { Kind = MeasureKind.Limit, Percent = 30 + 10 * random.Next(5) }]) }
            : [];
        return new Enterprise
        {
            Id = $"91500000{i:D9}X", Name = $"企业{i}", District = district,
            Industry = industries[random.Next(industries.Count)], Grade = grades[random.Next(grades.Count)],
            Livelihood = random.Next(40) == 0, BulkTransport = random.Next(5) == 0,
            So2T = Math.Round(random.NextDouble() * 50, 2), NoxT = Math.Round(random.NextDouble() * 80, 2),
            PmT = Math.Round(random.NextDouble() * 30, 2), VocsT = Math.Round(random.NextDouble() * 40, 2),
            OwnMeasures = own,
        };
    }
}
