using System.Globalization;
using System.Net;
using System.Text;

namespace EmergencyDSS.Web.Console;

/// <summary>A district's forecast AQI as inline SVG bars; the warning's days (the trigger days) in the level's colour, the others green.</summary>
internal static class ForecastChart
{
    public sealed record Day(DateOnly Date, int Aqi);

    public static string Render(IReadOnlyList<Day> days, DateOnly start, DateOnly end, string level)
    {
        const int height = 200, top = 10, bottom = 170;
        var width = Math.Max(300, 50 + days.Count * 56);
        var max = Math.Max(300, days.Count == 0 ? 0 : days.Max(d => d.Aqi) + 20);
        double Y(double aqi) => bottom - aqi / max * (bottom - top);
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"空气质量指数预报\">");
        foreach (var line in new[] { 100, 200, 300 }.Where(l => l < max))
            svg.Append($"<line x1=\"40\" x2=\"{width - 5}\" y1=\"{F(Y(line))}\" y2=\"{F(Y(line))}\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/><text x=\"4\" y=\"{F(Y(line) + 4)}\" font-size=\"11\">{line}</text>");
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            var trigger = d.Date >= start && d.Date <= end;
            var x = 48 + i * 56;
            var title = $"{d.Date:MM-dd} 空气质量指数{d.Aqi}{(trigger ? "（预警日）" : "")}";
            svg.Append($"<rect x=\"{x}\" y=\"{F(Y(d.Aqi))}\" width=\"36\" height=\"{F(bottom - Y(d.Aqi))}\" fill=\"{(trigger ? Labels.Colour(level) : "#8fb98f")}\"><title>{WebUtility.HtmlEncode(title)}</title></rect>");
            svg.Append($"<text x=\"{x + 18}\" y=\"{F(Y(d.Aqi) - 4)}\" font-size=\"11\" text-anchor=\"middle\">{d.Aqi}</text>");
            svg.Append($"<text x=\"{x + 18}\" y=\"{bottom + 16}\" font-size=\"11\" text-anchor=\"middle\">{d.Date.ToString("MM-dd", CultureInfo.InvariantCulture)}</text>");
            if (trigger) svg.Append($"<text x=\"{x + 18}\" y=\"{bottom + 29}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#a61b1b\">预警日</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string F(double v) => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture);
}
