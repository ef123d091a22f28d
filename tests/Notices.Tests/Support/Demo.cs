using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Notices.Tests.Support;

/// <summary>
/// The demo episode: 渝北区 orange (two days above 200) with rain-friendly weather and a south-east wind
/// (airport rule), 江北区 and 沙坪坝区 yellow (so 主城都市区 has a regional warning); a C-grade cement works, a B-grade glass works, a livelihood
/// enterprise, a bulk hauler, sites. Evaluated by the real engine against the shipped ruleset.
/// </summary>
internal static class Demo
{
    public static readonly DateTimeOffset IssuedAt = new(2024, 12, 1, 16, 0, 0, TimeSpan.FromHours(8));
    private static readonly Lazy<RuleModel> Chongqing = new(() => Load("chongqing-2024.dss"));
    private static readonly Lazy<DecisionSet> Set = new(() => Evaluate([120, 215, 238, 140]));

    public static RuleModel Model => Chongqing.Value;
    public static string RulesetDirectory => Path.Combine(RepoRoot(), "rulesets");
    public static DecisionSet Decisions => Set.Value;

    public static RuleModel Load(string name)
    {
        var compilation = RulesetCompiler.CompileFile(Path.Combine(RepoRoot(), "rulesets", name));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }

    /// <summary>The demo episode with other AQI values for 渝北区 (e.g. yellow where the demo has orange).</summary>
    public static DecisionSet With渝北区(params int[] aqi) => Evaluate(aqi);

    private static DecisionSet Evaluate(int[] yubei)
    {
        var days = new List<ForecastDay>();
        void Aqi(string district, params int[] values)
        {
            for (var i = 0; i < values.Length; i++)
                days.Add(new ForecastDay
                {
                    District = district, Date = new DateOnly(2024, 12, 2).AddDays(i), Aqi = values[i], PrimaryPollutant = "PM2.5",
                    Rh = 80, CloudCover = 75, PrecipProb = 40, WindDir = "SE",
                });
        }
        Aqi("渝北区", yubei);
        Aqi("江北区", 120, 160, 170, 120);
        // A third 主城都市区 district at yellow: the region is warned (one city notice the districts cite).
        Aqi("沙坪坝区", 120, 160, 170, 120);
        Enterprise E(string id, string name, string district, string industry, string grade, bool livelihood = false, bool bulk = false) =>
            new()
            {
                Id = id, Name = name, District = district, Industry = industry, Grade = grade, Livelihood = livelihood,
                BulkTransport = bulk, So2T = 12.5, NoxT = 40.2, PmT = 8.1, VocsT = 3.3,
            };
        var enterprises = new List<Enterprise>
        {
            E("91500112MA5U7CEM01", "重庆渝北华新水泥有限公司", "渝北区", "水泥", "C", bulk: true),
            E("91500112MA5U7GLS02", "重庆渝北玻璃制品有限公司", "渝北区", "玻璃", "B"),
            E("91500112MA5U7LIV03", "重庆渝北城市供热有限公司", "渝北区", "其他", "非重点", livelihood: true),
            E("91500105MA5U7PKG04", "重庆江北包装印刷有限公司", "江北区", "包装印刷", "B"),
            E("91500105MA5U7ALP05", "重庆江北绿色陶瓷有限公司", "江北区", "陶瓷", "A"),
            E("91500105MA5U7TRN06", "重庆江北建材物流有限公司", "江北区", "其他", "非重点", bulk: true),
            // Its own plan (一厂一策) staggers production at night at orange: the 错峰生产 template during a warning.
            E("91500112MA5U7STG07", "重庆渝北精工涂装有限公司", "渝北区", "工业涂装", "B") with
            {
                OwnMeasures = [new MeasureCell("orange", [new Measure { Kind = MeasureKind.Stagger, Hours = "22:00-06:00", Reason = "涂装工序夜间错峰生产" }])],
            },
        };
        var sites = new List<Site>
        {
            new() { Id = "S-YB-001", Name = "渝北区悦来新城三期工地", District = "渝北区", Kind = "房建", Stage = "土石方" },
            new() { Id = "S-JB-002", Name = "江北嘴金融城二期工地", District = "江北区", Kind = "房建", Stage = "主体" },
        };
        var forecast = new Forecast { IssuedAt = IssuedAt, Sha256 = "demo-forecast", Days = days };
        return CompiledPlan.Compile(Model).Evaluate(forecast, enterprises, sites, IssuedAt);
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EmergencyDSS.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EmergencyDSS.sln not found above the test binaries");
    }
}
