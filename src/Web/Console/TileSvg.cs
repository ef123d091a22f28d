using System.Net;
using System.Text;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// The district tile map as inline SVG (the layout of report.html): fill = current level, a thick dashed
/// frame = the level waiting for approval; a district with a warning links to its warning page.
/// </summary>
internal static class TileSvg
{
    public static string Render(IReadOnlyList<DeskSnapshot.Tile> tiles)
    {
        var width = tiles.Count == 0 ? 100 : (tiles.Max(t => t.X) + 1) * 92 + 10;
        var height = tiles.Count == 0 ? 60 : (tiles.Max(t => t.Y) + 1) * 52 + 10;
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"group\" aria-label=\"区县预警地图\">");
        foreach (var t in tiles)
        {
            var label = E(Label(t));
            var (x, y) = (5 + t.X * 92, 5 + t.Y * 52);
            svg.Append(t.WarningId is { } id ? $"<a href=\"/warnings/{id}\" aria-label=\"{label}\">" : "<g>");
            svg.Append($"<title>{label}</title><rect x=\"{x}\" y=\"{y}\" width=\"88\" height=\"48\" rx=\"4\" fill=\"{(t.Current is null ? "#e8f3e8" : Labels.Colour(t.Current))}\" stroke=\"#888\"/>");
            if (t.Proposed is { } proposed)
            {
                svg.Append($"<rect x=\"{x + 3}\" y=\"{y + 3}\" width=\"82\" height=\"42\" rx=\"4\" fill=\"none\" stroke=\"{Labels.Colour(proposed)}\" stroke-width=\"4\" stroke-dasharray=\"6 3\"/>");
                svg.Append($"<text x=\"{x + 44}\" y=\"{y + 22}\" font-size=\"12\" text-anchor=\"middle\">{E(t.District)}</text>");
                svg.Append($"<text x=\"{x + 44}\" y=\"{y + 38}\" font-size=\"11\" text-anchor=\"middle\">拟{Labels.Level(proposed)}</text>");
            }
            else svg.Append($"<text x=\"{x + 44}\" y=\"{y + 29}\" font-size=\"12\" text-anchor=\"middle\">{E(t.District)}</text>");
            svg.Append(t.WarningId is null ? "</g>" : "</a>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>What a screen reader (and a test locator) hears: "江津区 待审批橙色预警".</summary>
    public static string Label(DeskSnapshot.Tile t) =>
        t.District + (t.Current is null ? "" : $" 当前{Labels.Level(t.Current)}预警") + (t.Proposed is null ? "" : $" 待审批{Labels.Level(t.Proposed)}预警");

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
