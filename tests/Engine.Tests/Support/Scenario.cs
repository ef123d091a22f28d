using System.Globalization;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Tests.Support;

/// <summary>
/// A scenario as the bureau would write it: per district a row of daily AQI values from 2024-12-02
/// (suffix `o` marks an ozone day), enterprises and sites; evaluated against a compiled plan.
/// </summary>
internal sealed class Scenario
{
    public static readonly DateOnly FirstDay = new(2024, 12, 2);
    public static readonly DateTimeOffset IssuedAt = new(2024, 12, 1, 16, 0, 0, TimeSpan.FromHours(8));

    private readonly List<ForecastDay> _days = [];
    private readonly List<Enterprise> _enterprises = [];
    private readonly List<Site> _sites = [];

    /// <summary>e.g. <c>Aqi("渝北区", "120 160 210o")</c>.</summary>
    public Scenario Aqi(string district, string values, Func<ForecastDay, ForecastDay>? adjust = null)
    {
        var tokens = values.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var ozone = tokens[i].EndsWith('o');
            var day = new ForecastDay
            {
                District = district, Date = FirstDay.AddDays(i),
                Aqi = int.Parse(tokens[i].TrimEnd('o'), CultureInfo.InvariantCulture),
                PrimaryPollutant = ozone ? "O3" : "PM2.5", Rh = 50, CloudCover = 30, PrecipProb = 10, WindDir = "N",
            };
            _days.Add(adjust is null ? day : adjust(day));
        }
        return this;
    }

    public Scenario Enterprise(string id, string district, string industry, string grade, Func<Enterprise, Enterprise>? adjust = null)
    {
        var e = new Enterprise
        {
            Id = id, Name = $"企业{id}", District = district, Industry = industry, Grade = grade,
            So2T = 10, NoxT = 20, PmT = 5, VocsT = 8,
        };
        _enterprises.Add(adjust is null ? e : adjust(e));
        return this;
    }

    public Scenario Site(string id, string district, string kind, string stage, bool keyProject = false)
    {
        _sites.Add(new Site { Id = id, Name = $"工地{id}", District = district, Kind = kind, Stage = stage, KeyProject = keyProject });
        return this;
    }

    public Forecast Forecast => new() { IssuedAt = IssuedAt, Sha256 = "test", Days = _days };

    public IReadOnlyList<Enterprise> Enterprises => _enterprises;

    public IReadOnlyList<Site> Sites => _sites;

    public DecisionSet Run(CompiledPlan? plan = null) =>
        (plan ?? Plans.Chongqing2024).Evaluate(Forecast, _enterprises, _sites, IssuedAt);
}
