namespace EmergencyDSS.Engine.Facts;

/// <summary>One forecast issue: a daily series per district.</summary>
public sealed record Forecast
{
    public required DateTimeOffset IssuedAt { get; init; }
    /// <summary>sha256 (hex, lower case) of the forecast's content in canonical order (district, date): its identity, independent of row order and encoding.</summary>
    public required string Sha256 { get; init; }
    public required IReadOnlyList<ForecastDay> Days { get; init; }
}

/// <summary>One district-day of a forecast. Missing optional values are null.</summary>
public sealed record ForecastDay
{
    public required string District { get; init; }
    public required DateOnly Date { get; init; }
    public required int Aqi { get; init; }
    /// <summary>PM2.5, PM10, O3, NO2, SO2, CO or "-".</summary>
    public required string PrimaryPollutant { get; init; }
    public double? Pm25 { get; init; }
    public double? Pm10 { get; init; }
    public double? O3_8h { get; init; }
    public double? No2 { get; init; }
    public double? So2 { get; init; }
    public double? Co { get; init; }
    public double? Rh { get; init; }
    public double? CloudCover { get; init; }
    public double? PrecipProb { get; init; }
    /// <summary>16-point compass, normalised (degrees converted on load).</summary>
    public string? WindDir { get; init; }
    public double? WindSpeed { get; init; }

    /// <summary>A numeric field by its rules-language name (ForecastFields.Numeric).</summary>
    public double? Field(string name) => name switch
    {
        "aqi" => Aqi,
        "pm25" => Pm25,
        "pm10" => Pm10,
        "o3_8h" => O3_8h,
        "no2" => No2,
        "so2" => So2,
        "co" => Co,
        "rh" => Rh,
        "cloud_cover" => CloudCover,
        "precip_prob" => PrecipProb,
        "wind_speed" => WindSpeed,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a numeric forecast field"),
    };
}
