using System.Globalization;
using System.Security.Cryptography;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Input;

/// <summary>forecast.csv (data-contract.md): one forecast issue, a daily series per district.</summary>
public static class ForecastLoader
{
    private static readonly string[] Required = ["issued_at", "district", "date", "aqi", "primary_pollutant"];
    private static readonly string[] Optional = ["pm25", "pm10", "o3_8h", "no2", "so2", "co", "rh", "cloud_cover", "precip_prob", "wind_dir", "wind_speed"];

    public static LoadResult<Forecast> Load(string path, RuleModel model) => Parse(InputFile.Read(path, out var error) ?? [], path, model, error);

    public static LoadResult<Forecast> Parse(byte[] bytes, string fileName, RuleModel model) => Parse(bytes, fileName, model, null);

    private static LoadResult<Forecast> Parse(byte[] bytes, string fileName, RuleModel model, string? readError)
    {
        if (readError is not null) return new LoadResult<Forecast>(null, [readError], []);
        List<string> errors = [], warnings = [];
        var table = CsvTable.Open(bytes, fileName, Required, Optional, errors, warnings);
        if (table is null) return new LoadResult<Forecast>(null, CsvTable.Capped(errors), warnings);
        var districts = new DistrictNames(model.Districts);
        var days = new List<ForecastDay>(table.Rows.Count);
        var rows = new List<CsvRecord>(table.Rows.Count);
        var seen = new Dictionary<(string, DateOnly), int>();
        DateTimeOffset? issuedAt = null;
        foreach (var row in table.Rows)
        {
            var issued = table.Required(row, "issued_at");
            if (DateTimeOffset.TryParse(issued, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && issued.Length > 10)
            {
                issuedAt ??= at;
                if (at != issuedAt) table.Error(row, "issued_at", $"issued_at {issued} differs from the first row's; one file is one forecast issue");
            }
            else if (issued.Length > 0) table.Error(row, "issued_at", $"`{issued}` is not an ISO 8601 time with offset");
            var district = table.Required(row, "district");
            var districtOk = district.Length > 0 && districts.Check(table, row, district);
            var dateText = table.Required(row, "date");
            var dateOk = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            if (!dateOk && dateText.Length > 0) table.Error(row, "date", $"`{dateText}` is not a real date (YYYY-MM-DD)");
            if (districtOk && dateOk && !seen.TryAdd((district, date), row.Row))
                table.Error(row, "date", $"{district} {dateText} appears twice (first on row {seen[(district, date)]})");
            var aqi = Aqi(table, row);
            var pollutant = table.Required(row, "primary_pollutant");
            if (pollutant.Length > 0 && !ForecastFields.PrimaryPollutants.Contains(pollutant))
                table.Error(row, "primary_pollutant", $"`{pollutant}` is not a primary pollutant ({string.Join(", ", ForecastFields.PrimaryPollutants)})");
            days.Add(new ForecastDay
            {
                District = district, Date = date, Aqi = aqi, PrimaryPollutant = pollutant,
                Pm25 = table.Number(row, "pm25", 0, 2000), Pm10 = table.Number(row, "pm10", 0, 5000),
                O3_8h = table.Number(row, "o3_8h", 0, 2000), No2 = table.Number(row, "no2", 0, 5000),
                So2 = table.Number(row, "so2", 0, 5000), Co = table.Number(row, "co", 0, 1000),
                Rh = table.Number(row, "rh", 0, 100), CloudCover = table.Number(row, "cloud_cover", 0, 100),
                PrecipProb = table.Number(row, "precip_prob", 0, 100), WindDir = WindDirection.Read(table, row),
                WindSpeed = table.Number(row, "wind_speed", 0, 100),
            });
            rows.Add(row);
        }
        if (table.Rows.Count == 0) table.Errors.Add($"{fileName}:2:1: the forecast has no rows");
        if (table.Errors.Count == 0) days = ForecastSeries.Check(table, days, rows, issuedAt!.Value, model.Header.TimeZone);
        if (table.Errors.Count > 0) return new LoadResult<Forecast>(null, CsvTable.Capped(table.Errors), table.Warnings);
        var forecast = new Forecast { IssuedAt = issuedAt!.Value, Sha256 = ContentHash(issuedAt.Value, days), Days = days };
        return new LoadResult<Forecast>(forecast, [], table.Warnings);
    }

    /// <summary>sha256 of the forecast's content in canonical order, so the same forecast has one identity whatever its row order or encoding.</summary>
    private static string ContentHash(DateTimeOffset issuedAt, List<ForecastDay> days)
    {
        var text = new System.Text.StringBuilder(issuedAt.ToString("O", CultureInfo.InvariantCulture)).Append('\n');
        static string N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        foreach (var d in days.OrderBy(d => d.District, StringComparer.Ordinal).ThenBy(d => d.Date))
            text.Append(d.District).Append(',').Append(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',').Append(d.Aqi).Append(',')
                .Append(d.PrimaryPollutant).Append(',').Append(N(d.Pm25)).Append(',').Append(N(d.Pm10)).Append(',').Append(N(d.O3_8h)).Append(',')
                .Append(N(d.No2)).Append(',').Append(N(d.So2)).Append(',').Append(N(d.Co)).Append(',').Append(N(d.Rh)).Append(',')
                .Append(N(d.CloudCover)).Append(',').Append(N(d.PrecipProb)).Append(',').Append(d.WindDir).Append(',').Append(N(d.WindSpeed)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static int Aqi(CsvTable table, CsvRecord row)
    {
        var text = table.Text(row, "aqi");
        if (text is null) { table.Error(row, "aqi", "`aqi` is required"); return 0; }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var aqi))
        {
            table.Error(row, "aqi", $"AQI must be a whole number 0–500, not `{text}`");
            return 0;
        }
        if (aqi < 0) table.Error(row, "aqi", $"AQI {aqi} is out of range 0–500");
        if (aqi <= 500) return Math.Max(aqi, 0);
        // HJ 633 reports values past the scale's top on the worst days; the desk must still get a decision.
        table.Warn(row, "aqi", $"AQI {aqi} is above 500, the top of the HJ 633 scale; counted as 500");
        return 500;
    }
}
