namespace EmergencyDSS.Dsl.Model;

/// <summary>The forecast fields a condition may name (data-contract.md, forecast.csv).</summary>
public static class ForecastFields
{
    public static readonly IReadOnlyList<string> Numeric =
        ["aqi", "pm25", "pm10", "o3_8h", "no2", "so2", "co", "rh", "cloud_cover", "precip_prob", "wind_speed"];

    public static readonly IReadOnlyList<string> Text = ["primary_pollutant", "wind_dir"];

    public static readonly IReadOnlyList<string> PrimaryPollutants = ["PM2.5", "PM10", "O3", "NO2", "SO2", "CO", "-"];

    public static readonly IReadOnlyList<string> WindDirections =
        ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];

    /// <summary>Pollutants of reduction targets and emissions (减排比例).</summary>
    public static readonly IReadOnlyList<string> EmissionPollutants = ["SO2", "NOx", "PM", "VOCs"];

    /// <summary>Performance grades (绩效分级), strongest first.</summary>
    public static readonly IReadOnlyList<string> Grades = ["A+", "A", "引领性", "B", "B-", "C", "D", "非重点"];

    /// <summary>China vehicle emission standards, oldest first.</summary>
    public static readonly IReadOnlyList<string> EmissionStandards = ["国一", "国二", "国三", "国四", "国五", "国六"];
}
