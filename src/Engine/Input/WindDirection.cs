using System.Globalization;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Input;

/// <summary>wind_dir: a 16-point compass name, or degrees normalised to the nearest of the 16 points.</summary>
internal static class WindDirection
{
    public static string? Read(CsvTable table, CsvRecord row)
    {
        var text = table.Text(row, "wind_dir");
        if (text is null) return null;
        var upper = text.ToUpperInvariant();
        if (ForecastFields.WindDirections.Contains(upper)) return upper;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees) && degrees is >= 0 and <= 360)
            return ForecastFields.WindDirections[(int)Math.Round(degrees / 22.5) % 16];
        table.Error(row, "wind_dir", $"`{text}` is not a compass direction (N, NNE, … NNW) or degrees 0–360");
        return null;
    }
}
