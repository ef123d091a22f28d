namespace EmergencyDSS.Engine.Reporting;

/// <summary>Approximate (column, row) tiles of Chongqing's districts, west to east; other rulesets get a plain grid.</summary>
internal static class TileMap
{
    private static readonly Dictionary<string, (int X, int Y)> Chongqing = new()
    {
        ["城口县"] = (7, 0), ["巫溪县"] = (8, 0), ["巫山县"] = (9, 1), ["开州区"] = (7, 1), ["云阳县"] = (8, 1), ["奉节县"] = (9, 2),
        ["梁平区"] = (6, 1), ["万州区"] = (7, 2), ["忠县"] = (6, 2), ["垫江县"] = (5, 2), ["石柱县"] = (7, 3), ["丰都县"] = (6, 3),
        ["潼南区"] = (1, 1), ["合川区"] = (2, 1), ["长寿区"] = (5, 3), ["涪陵区"] = (5, 4), ["武隆区"] = (6, 5), ["黔江区"] = (8, 4),
        ["彭水县"] = (7, 5), ["酉阳县"] = (8, 5), ["秀山县"] = (9, 6), ["大足区"] = (0, 2), ["铜梁区"] = (1, 2), ["北碚区"] = (2, 2),
        ["渝北区"] = (3, 2), ["两江新区"] = (4, 2), ["荣昌区"] = (0, 3), ["永川区"] = (0, 4), ["璧山区"] = (1, 3), ["沙坪坝区"] = (2, 3),
        ["江北区"] = (3, 3), ["渝中区"] = (3, 4), ["重庆高新区"] = (1, 4), ["九龙坡区"] = (2, 4), ["南岸区"] = (4, 4), ["大渡口区"] = (2, 5),
        ["江津区"] = (1, 5), ["巴南区"] = (3, 5), ["南川区"] = (4, 6), ["綦江区"] = (2, 6), ["万盛经开区"] = (3, 6),
    };

    public static IReadOnlyList<(string District, int X, int Y)> Layout(IReadOnlyList<string> districts)
    {
        if (districts.All(Chongqing.ContainsKey)) return districts.Select(d => (d, Chongqing[d].X, Chongqing[d].Y)).ToList();
        var columns = (int)Math.Ceiling(Math.Sqrt(districts.Count));
        return districts.Select((d, i) => (d, i % columns, i / columns)).ToList();
    }
}
