using System.Globalization;
using System.Text;

namespace EmergencyDSS.Engine.Sampling;

/// <summary>
/// Seven-day forecasts from 2024-12-02 for every district, each shaped to produce its level under the
/// national 2024 triggers: clean, yellow, orange, red, ozone (advisory-only), regional (主城都市区).
/// </summary>
internal static class ForecastScenarios
{
    public static readonly IReadOnlyList<string> Names = ["clean", "yellow", "orange", "red", "ozone", "regional"];

    private static readonly HashSet<string> Core = ["渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "渝北区", "两江新区"];

    public static string Csv(string scenario, IReadOnlyList<string> districts, Random random)
    {
        var sb = new StringBuilder("issued_at,district,date,aqi,primary_pollutant,pm25,o3_8h,rh,cloud_cover,precip_prob,wind_dir,wind_speed\n");
        var first = new DateOnly(2024, 12, 2);
        for (var d = 0; d < districts.Count; d++)
        {
            var district = districts[d];
            var series = Series(scenario, district, d, random);
            for (var i = 0; i < 7; i++)
            {
                var aqi = series[i];
                var ozone = scenario == "ozone" && aqi > 150;
                var rainy = i == 3;
                sb.Append("2024-12-01T16:00:00+08:00,").Append(district).Append(',').Append(first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                    .Append(aqi).Append(',').Append(ozone ? "O3" : aqi > 50 ? "PM2.5" : "-").Append(',')
                    .Append(ozone ? 40 : Math.Round(aqi * 0.72)).Append(',').Append(ozone ? aqi + 60 : 60 + random.Next(40)).Append(',')
                    .Append(rainy ? 82 : 45 + random.Next(30)).Append(',').Append(rainy ? 75 : 20 + random.Next(40)).Append(',').Append(rainy ? 45 : random.Next(25)).Append(',')
                    .Append(district == "渝北区" && i == 2 ? "SE" : (new[] { "N", "NE", "E", "NW" })[random.Next(4)]).Append(',')
                    .Append((1 + random.Next(30) / 10.0).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static int[] Series(string scenario, string district, int index, Random random)
    {
        int Clean() => 45 + random.Next(60);
        var s = Enumerable.Range(0, 7).Select(_ => Clean()).ToArray();
        void Set(int from, params int[] values) { for (var i = 0; i < values.Length; i++) s[from + i] = values[i] + random.Next(10); }
        switch (scenario)
        {
            case "yellow": if (index % 3 != 2) Set(2, 160, 175); break;
            case "orange": Set(2, 210, 235, 160); break;
            case "red": Set(1, 215, 320, 260, 180); break;
            case "ozone": if (index % 2 == 0) Set(2, 210, 225); break;
            case "regional":
                if (district is "渝中区" or "江北区") Set(1, 215, 320, 260);
                else if (Core.Contains(district)) Set(2, 210, 230);
                else if (index % 4 == 0) Set(2, 160, 170);
                break;
        }
        return s;
    }
}
