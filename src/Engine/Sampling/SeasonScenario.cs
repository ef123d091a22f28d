using System.Globalization;
using System.Text;

namespace EmergencyDSS.Engine.Sampling;

/// <summary>
/// A winter of daily forecast issues for every district (from 2024-11-15, 16:00, seven days ahead each), drawn
/// from one "true" series: clean days most of the time, yellow episodes in a third of the districts, two orange
/// ones, one red, and one regional episode of the 主城 districts. Each issue sees the episodes it reaches with a
/// lead-dependent underestimate and noise, so consecutive issues overlap and move the way real forecasts do
/// (a warning is issued, upgraded as the episode nears, extended, downgraded and lifted). Same seed, same bytes.
/// </summary>
internal static class SeasonScenario
{
    public const int Lead = 7;
    public static readonly DateTimeOffset FirstIssue = new(2024, 11, 15, 16, 0, 0, TimeSpan.FromHours(8));

    private static readonly HashSet<string> Core = ["渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "渝北区", "两江新区"];

    /// <summary>(file name, CSV) per issue, in issue order.</summary>
    public static IReadOnlyList<(string Name, string Csv)> Issues(IReadOnlyList<string> districts, int issues, int seed)
    {
        var truth = Truth(districts, issues + Lead + 1, new Random(seed));
        var noise = new Random(seed + 3);
        var result = new List<(string, string)>(issues);
        for (var k = 0; k < issues; k++)
        {
            var issued = FirstIssue.AddDays(k);
            var sb = new StringBuilder("issued_at,district,date,aqi,primary_pollutant,pm25,o3_8h,rh,cloud_cover,precip_prob,wind_dir,wind_speed\n");
            for (var d = 0; d < districts.Count; d++)
                for (var lead = 1; lead <= Lead; lead++)
                {
                    var day = k + lead; // truth index: day 0 is the first issue's date
                    var clean = truth[d, 0, day];
                    var excess = truth[d, 1, day];
                    // Far days see an episode only in part; the last day or two see nearly all of it.
                    var seen = excess * Math.Max(0, 1 - 0.13 * (lead - 1));
                    var aqi = (int)Math.Clamp(Math.Round((clean + seen) * (1 + (noise.NextDouble() - 0.5) * 0.08)), 20, 500);
                    var rainy = noise.NextDouble() < 0.08;
                    sb.Append(issued.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append(',').Append(districts[d]).Append(',')
                        .Append(DateOnly.FromDateTime(issued.DateTime).AddDays(lead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                        .Append(aqi).Append(',').Append(aqi > 50 ? "PM2.5" : "-").Append(',').Append(Math.Round(aqi * 0.72)).Append(',')
                        .Append(40 + noise.Next(50)).Append(',').Append(rainy ? 85 : 50 + noise.Next(30)).Append(',').Append(rainy ? 80 : 20 + noise.Next(50)).Append(',')
                        .Append(rainy ? 60 : noise.Next(30)).Append(',').Append((new[] { "N", "NE", "E", "NW", "SE" })[noise.Next(5)]).Append(',')
                        .Append((0.8 + noise.Next(25) / 10.0).ToString(CultureInfo.InvariantCulture)).Append('\n');
                }
            result.Add((string.Create(CultureInfo.InvariantCulture, $"forecast-{issued:yyyy-MM-dd}.csv"), sb.ToString()));
        }
        return result;
    }

    /// <summary>[district, 0 = clean background | 1 = episode excess, day].</summary>
    private static double[,,] Truth(IReadOnlyList<string> districts, int days, Random random)
    {
        var truth = new double[districts.Count, 2, days];
        for (var d = 0; d < districts.Count; d++)
        {
            var level = 70.0;
            for (var i = 0; i < days; i++)
            {
                level = Math.Clamp(0.7 * level + 0.3 * (55 + random.Next(60)), 35, 125);
                truth[d, 0, i] = level;
            }
            var core = Core.Contains(districts[d]);
            void Episode(int from, params double[] peaks)
            {
                for (var j = 0; j < peaks.Length && from + j < days; j++) truth[d, 1, from + j] = Math.Max(0, peaks[j] - truth[d, 0, from + j]) + random.Next(8);
            }
            if (d % 3 == 0) Episode(8, 165, 185);                     // yellow, a third of the districts
            if (d % 3 == 1) Episode(29, 170, 190);                    // yellow, another third
            if (d % 2 == 0 && !core) Episode(18, 175, 215, 235, 170); // orange
            if (core || d % 5 == 0) Episode(44, 170, 225, 275, 330, 240, 160); // red in the core, orange around
            if (core) Episode(58, 175, 215, 230, 165);                // regional (主城), orange
            if (d % 4 == 3) Episode(70, 160, 210, 225);               // orange
            if (d % 3 == 2) Episode(80, 160, 180);                    // yellow
        }
        return truth;
    }
}
