namespace EmergencyDSS.Notices;

/// <summary>
/// The body a district notice is addressed to (主送): the district's people's government, except the
/// development zones, run by management committees (管理委员会), and the autonomous counties, whose
/// names include their peoples (自治县). An <c>issuer … government "…"</c> line overrides this.
/// </summary>
internal static class Recipients
{
    private static readonly Dictionary<string, string> Special = new(StringComparer.Ordinal)
    {
        ["两江新区"] = "重庆两江新区管理委员会",
        ["重庆高新区"] = "重庆高新技术产业开发区管理委员会",
        ["万盛经开区"] = "重庆市万盛经济技术开发区管理委员会",
        ["彭水县"] = "彭水苗族土家族自治县人民政府",
        ["秀山县"] = "秀山土家族苗族自治县人民政府",
        ["石柱县"] = "石柱土家族自治县人民政府",
        ["酉阳县"] = "酉阳土家族苗族自治县人民政府",
    };

    public static string Government(string district) =>
        Special.TryGetValue(district, out var name) ? name : $"{district}人民政府";
}
