using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Wording;

/// <summary>
/// The wording catalogue (part 3: measures). One wording per measure kind, short (for `because`,
/// explain and the report) and full (the clause a notice orders). A line-based limit always reads
/// 「停运N%生产线」, an output-based one 「限产N%」; a livelihood enterprise is not stopped but
/// produces as its reason says (以热定产 is a limit, not an exemption); a truck ban below 国五 reads
/// 「国四及以下」 because 以下 would include 国五 itself.
/// </summary>
public static class MeasureWords
{
    public static string Short(string kind, double? percent, string? basis, string? reason, string? minStandard, string? hours) => kind switch
    {
        "stop" => "停产",
        "limit" => Limit(percent, basis),
        "self" => "按“一厂一策”自主减排",
        "exempt" => Livelihood(reason),
        "none" => "本级别不要求停限产",
        "stagger" => "错峰生产" + (hours is null ? "" : $"（{hours}）") + (reason is null ? "" : $"（{reason}）"),
        "ban" => $"禁止{Standards(minStandard)}重型柴油货车运输",
        "no-road" => "停止大宗物料公路运输",
        _ => Terms.Kind(kind),
    };

    /// <summary>The clause a production or transport notice orders.</summary>
    public static string Full(string kind, double? percent, string? basis, string? reason, string? minStandard, string? hours)
    {
        var clause = kind switch
        {
            "stop" => "停止生产（保留必要的保温、保压设施运行）",
            "limit" => basis == "lines" ? Limit(percent, basis) : $"{Limit(percent, basis)}（按产量核算）",
            "self" => "按照“一厂一策”自主采取减排措施",
            "exempt" => $"{Livelihood(reason)}，须确保污染治理设施稳定运行",
            "none" => "本级别不要求停限产，须确保污染治理设施稳定运行、达标排放",
            "stagger" => "实施错峰生产" + (reason is null ? "" : $"（{reason}）"),
            "ban" => $"禁止{Standards(minStandard)}重型柴油货车进出厂区" + (reason is null ? "" : $"；{reason}"),
            _ => Short(kind, percent, basis, reason, minStandard, null),
        };
        return hours is null || kind == "stagger" ? clause : $"{clause}（管控时段{hours}）";
    }

    public static string Limit(double? percent, string? basis) =>
        basis == "lines" ? $"停运{Terms.Number(percent ?? 0)}%生产线" : $"限产{Terms.Number(percent ?? 0)}%";

    /// <summary>「国四及以下排放标准的」 for a ban whose lowest allowed standard is 国五.</summary>
    public static string Standards(string? minStandard)
    {
        if (minStandard is null) return "";
        var standards = ForecastFields.EmissionStandards;
        var rank = standards.ToList().IndexOf(minStandard);
        return rank > 0 ? $"{standards[rank - 1]}及以下排放标准的" : $"低于{minStandard}排放标准的";
    }

    /// <summary>「按民生保障要求不实施停产，以热定产」: the reason's own terms after 民生保障.</summary>
    public static string Livelihood(string? reason)
    {
        var rest = (reason ?? "").Split('，', '、', ',').Select(p => p.Trim()).Where(p => p.Length > 0 && p != "民生保障").ToList();
        return rest.Count == 0 ? "按民生保障要求不实施停产" : $"按民生保障要求不实施停产，{string.Join("，", rest)}";
    }
}
