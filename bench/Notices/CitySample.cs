using System.Globalization;
using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// The sample city: 15,539 enterprises spread over the chongqing-2024 districts and industries, every
/// district at orange (two days above 200), evaluated by the real engine once per benchmark run.
/// </summary>
internal static class CitySample
{
    public const int Enterprises = 15_539;
    private static readonly string[] Industries = ["水泥", "玻璃", "陶瓷", "砖瓦窑", "钢铁", "焦化", "工业涂装", "家具制造", "包装印刷", "其他"];
    private static readonly string[] Grades = ["A", "B", "B-", "C", "D", "非重点"];

    public static (RuleModel Model, string RulesetDirectory, DecisionSet Decisions) Build()
    {
        var rulesets = Path.Combine(RepoRoot(), "rulesets");
        var compilation = RulesetCompiler.CompileFile(Path.Combine(rulesets, "chongqing-2024.dss"));
        var model = compilation.Model ?? throw new InvalidOperationException(string.Join("\n", compilation.Diagnostics));
        var issuedAt = new DateTimeOffset(2024, 12, 1, 16, 0, 0, TimeSpan.FromHours(8));
        var days = model.Districts.SelectMany(d => new[] { 150, 215, 238, 140 }.Select((aqi, i) => new ForecastDay
        {
            District = d, Date = new DateOnly(2024, 12, 2).AddDays(i), Aqi = aqi, PrimaryPollutant = "PM2.5",
            Rh = 40, CloudCover = 20, PrecipProb = 10, WindDir = "N",
        })).ToList();
        var random = new Random(20241201);
        var enterprises = Enumerable.Range(0, Enterprises).Select(i => new Enterprise
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"915001{i:D8}XXXX"),
            Name = string.Create(CultureInfo.InvariantCulture, $"重庆第{i}号示例企业有限公司"),
            District = model.Districts[random.Next(model.Districts.Count)],
            Industry = Industries[random.Next(Industries.Length)],
            Grade = Grades[random.Next(Grades.Length)],
            BulkTransport = random.Next(4) == 0,
            So2T = random.Next(1, 50), NoxT = random.Next(1, 80), PmT = random.Next(1, 20), VocsT = random.Next(1, 30),
        }).ToList();
        var forecast = new Forecast { IssuedAt = issuedAt, Sha256 = "bench", Days = days };
        var decisions = CompiledPlan.Compile(model).Evaluate(forecast, enterprises, [], issuedAt);
        return (model, rulesets, decisions);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EmergencyDSS.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EmergencyDSS.sln not found above the benchmark binaries");
    }
}
