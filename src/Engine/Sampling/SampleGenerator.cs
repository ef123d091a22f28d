using System.Globalization;
using System.Text;
using EmergencyDSS.Engine.Input;

namespace EmergencyDSS.Engine.Sampling;

/// <summary>
/// A realistic synthetic reduction list, construction sites and forecast scenarios for Chongqing.
/// Same seed, same bytes.
/// </summary>
public static class SampleGenerator
{
    private static readonly (string Industry, double Weight, double EmissionScale)[] Industries =
    [
        ("其他", 30, 2), ("机械加工", 10, 3), ("工业涂装", 9, 4), ("家具制造", 7, 3), ("包装印刷", 7, 2), ("电子制造", 6, 2),
        ("医药", 3, 3), ("石化", 2, 40), ("陶瓷", 5, 25), ("砖瓦窑", 8, 15), ("水泥", 4, 120), ("玻璃", 2, 80), ("钢铁", 2, 200), ("焦化", 1, 150),
    ];

    private static readonly HashSet<string> Graded = ["工业涂装", "家具制造", "包装印刷", "陶瓷", "砖瓦窑", "水泥", "玻璃", "钢铁", "焦化"];
    private static readonly HashSet<string> Heavy = ["陶瓷", "砖瓦窑", "水泥", "玻璃", "钢铁", "焦化", "石化"];
    private static readonly string[] Words = ["恒达", "永利", "鑫源", "华盛", "长江", "渝发", "金山", "宏泰", "新城", "嘉陵", "天府", "龙腾", "兴隆", "明珠", "山城", "瑞丰"];

    public static IReadOnlyList<string> Scenarios => ForecastScenarios.Names;

    /// <summary>Writes enterprises.csv, sites.csv and forecast-&lt;scenario&gt;.csv into <paramref name="outDir"/>.</summary>
    public static void Write(string outDir, int enterprises, int seed, int sites = 2000)
    {
        Directory.CreateDirectory(outDir);
        var districts = DistrictWeights.Load();
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(outDir, "enterprises.csv"), EnterprisesCsv(districts, enterprises, new Random(seed)), utf8);
        File.WriteAllText(Path.Combine(outDir, "sites.csv"), SitesCsv(districts, sites, new Random(seed + 1), new Random(seed + 101)), utf8);
        foreach (var name in ForecastScenarios.Names)
            File.WriteAllText(Path.Combine(outDir, $"forecast-{name}.csv"), ForecastScenarios.Csv(name, districts.Select(d => d.District).ToList(), new Random(seed + 2)), utf8);
    }

    /// <summary>Writes <paramref name="issues"/> daily forecast issues of a winter into <paramref name="outDir"/> (one CSV per issue).</summary>
    public static IReadOnlyList<string> WriteSeason(string outDir, int issues, int seed)
    {
        Directory.CreateDirectory(outDir);
        var names = new List<string>();
        foreach (var (name, csv) in SeasonScenario.Issues(DistrictWeights.Load().Select(d => d.District).ToList(), issues, seed))
        {
            File.WriteAllText(Path.Combine(outDir, name), csv, new UTF8Encoding(false));
            names.Add(name);
        }
        return names;
    }

    /// <summary>The same season in memory: (file name, CSV bytes) per issue.</summary>
    public static IReadOnlyList<(string Name, byte[] Csv)> Season(int issues, int seed) =>
        SeasonScenario.Issues(DistrictWeights.Load().Select(d => d.District).ToList(), issues, seed)
            .Select(i => (i.Name, Encoding.UTF8.GetBytes(i.Csv))).ToList();

    private static string EnterprisesCsv(IReadOnlyList<(string District, int Enterprises)> districts, int total, Random random)
    {
        var counts = DistrictWeights.Apportion(districts.Select(d => d.Enterprises).ToList(), total);
        var sb = new StringBuilder("id,name,district,industry,grade,livelihood,so2_t,nox_t,pm_t,vocs_t,bulk_transport,measure_yellow,measure_orange,measure_red,contact,phone,email\n");
        var ids = new HashSet<string>();
        for (var d = 0; d < districts.Count; d++)
        {
            for (var k = 0; k < counts[d]; k++)
            {
                var (industry, _, scale) = Pick(random);
                var grade = Grade(industry, random);
                string id;
                do id = CreditCode.WithCheck("915001" + (d + 10).ToString("D2", CultureInfo.InvariantCulture) + new string(Enumerable.Range(0, 9).Select(_ => CreditCode.Random(random)).ToArray()));
                while (!ids.Add(id));
                var own = random.NextDouble() < 0.01 ? "limit 30% + ban trucks below 国五" : "";
                var name = $"重庆{Words[random.Next(Words.Length)]}{Words[random.Next(Words.Length)]}{industry}有限公司";
                sb.Append(id).Append(',').Append(name).Append(',').Append(districts[d].District).Append(',').Append(industry).Append(',').Append(grade).Append(',')
                    .Append(random.NextDouble() < 0.02 ? "true" : "false").Append(',')
                    .Append(Tonnes(scale * 0.6, random)).Append(',').Append(Tonnes(scale, random)).Append(',').Append(Tonnes(scale * 0.4, random)).Append(',')
                    .Append(Tonnes(industry is "工业涂装" or "家具制造" or "包装印刷" or "石化" ? scale * 2 : scale * 0.3, random)).Append(',')
                    .Append(Heavy.Contains(industry) && random.NextDouble() < 0.6 ? "true" : "false").Append(',')
                    .Append(',').Append(own).Append(',').Append(own).Append(',')
                    .Append("联系人").Append(k % 100).Append(",1").Append(random.Next(300000000, 399999999).ToString(CultureInfo.InvariantCulture)).Append(",ep")
                    .Append(ids.Count).Append("@example.cn\n");
            }
        }
        return sb.ToString();
    }

    private static string SitesCsv(IReadOnlyList<(string District, int Enterprises)> districts, int total, Random random, Random labels)
    {
        string[] kinds = ["房建", "房建", "市政", "拆除", "道路"];
        string[] stages = ["土石方", "主体", "主体", "装饰"];
        var counts = DistrictWeights.Apportion(districts.Select(d => d.Enterprises).ToList(), total);
        var sb = new StringBuilder("id,name,district,kind,stage,key_project,contact,phone,email,label\n");
        var n = 0;
        for (var d = 0; d < districts.Count; d++)
            for (var k = 0; k < counts[d]; k++, n++)
            {
                var (kind, stage) = (kinds[random.Next(kinds.Length)], stages[random.Next(stages.Length)]);
                var special = Kind(labels);
                sb.Append("GD").Append(n.ToString("D5", CultureInfo.InvariantCulture)).Append(',').Append(districts[d].District).Append("项目").Append(k + 1).Append("号工地,")
                    .Append(districts[d].District).Append(',').Append(special ?? kind).Append(',').Append(special is null ? stage : "生产").Append(',')
                    .Append(random.NextDouble() < 0.05 ? "true" : "false").Append(",项目经理,1").Append(random.Next(300000000, 399999999).ToString(CultureInfo.InvariantCulture))
                    .Append(",site").Append(n).Append("@example.cn,").Append(Label(labels)).Append('\n');
            }
        return sb.ToString();
    }

    /// <summary>A few sites are ready-mix concrete plants, wharves and stockyards, in production (drawn apart, so the other columns stay as they were).</summary>
    private static string? Kind(Random random) => random.NextDouble() switch
    {
        < 0.03 => "搅拌站",
        < 0.05 => "码头",
        < 0.06 => "堆场",
        _ => null,
    };

    /// <summary>「红黄绿」标志: most sites yellow, a third green, a few red, some not yet labelled.</summary>
    private static string Label(Random random) => random.NextDouble() switch
    {
        < 0.10 => "",
        < 0.40 => "绿",
        < 0.90 => "黄",
        _ => "红",
    };

    private static (string, double, double) Pick(Random random)
    {
        var x = random.NextDouble() * Industries.Sum(i => i.Weight);
        foreach (var i in Industries) if ((x -= i.Weight) < 0) return i;
        return Industries[0];
    }

    private static string Grade(string industry, Random random)
    {
        var x = random.NextDouble();
        if (!Graded.Contains(industry)) return x < 0.85 ? "非重点" : x < 0.93 ? "C" : x < 0.97 ? "B" : "D";
        return x < 0.05 ? "A" : x < 0.07 ? "引领性" : x < 0.32 ? "B" : x < 0.77 ? "C" : "D";
    }

    private static string Tonnes(double scale, Random random)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Round(scale * Math.Exp(0.8 * normal), 3).ToString(CultureInfo.InvariantCulture);
    }
}
