using System.Globalization;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>How a measure decision reads in a notice (the clause the recipient must carry out).</summary>
internal static class MeasureWording
{
    public static string EventName(string ev) => ev switch
    {
        "issue" => "发布", "upgrade" => "升级", "downgrade" => "降级", "extend" => "延长", "lift" => "解除", _ => ev,
    };

    public static string Category(string category) => category switch
    {
        "production" => "生产管控", "transport" => "运输管控", "construction" => "施工管控",
        "traffic" => "交通管控", "other" => "应急行动", _ => category,
    };

    public static string Describe(MeasureDecision m)
    {
        // Traffic texts already name their hours.
        var hours = m.Hours is null || m.Category == "traffic" ? "" : $"（管控时段{m.Hours}）";
        var text = m.Kind switch
        {
            _ when m.Category is "construction" or "traffic" or "other" && m.Text is not null => m.Text,
            "stop" when m.Category == "production" => "停止生产（保留必要的保温、保压设施运行）",
            "limit" => string.Create(CultureInfo.InvariantCulture,
                $"限产{m.Percent ?? 0:0.#}%（按{(m.Basis == "lines" ? "生产线" : "产量")}核算）"),
            "self" => "按照“一厂一策”自主采取减排措施",
            "exempt" => $"豁免停限产{(m.Reason is null ? "" : $"（{m.Reason}）")}，须确保污染治理设施稳定运行",
            "none" => "本级别不采取停限产措施，须确保污染治理设施稳定运行、达标排放",
            "stagger" => "实施错峰生产",
            "ban" when m.Category == "transport" =>
                $"禁止{(m.MinStandard is null ? "" : $"{m.MinStandard}以下排放标准的")}重型运输车辆进出厂区",
            "no-road" => "停止大宗物料公路运输",
            _ => m.Text ?? m.Kind,
        };
        return text + hours;
    }
}
