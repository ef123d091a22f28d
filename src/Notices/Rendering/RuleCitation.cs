using System.Text.RegularExpressions;

namespace EmergencyDSS.Notices;

/// <summary>
/// A decision's rule id (design.md: table:水泥熟料[C]/orange, 一厂一策:…, livelihood, stagger:…) as a
/// notice cites it: which table row and column, or which provision of the plan.
/// </summary>
internal static partial class RuleCitation
{
    [GeneratedRegex(@"^table:(?<table>[^\[]+)\[(?<grades>[^\]]*)\]/(?<level>.+)$")]
    private static partial Regex Table();

    public static string Cite(string rule, Func<string, string> levelName)
    {
        var table = Table().Match(rule);
        if (table.Success)
            return $"《{table.Groups["table"].Value}》减排措施表{table.Groups["grades"].Value.Replace(",", "、")}级“{levelName(table.Groups["level"].Value)}”栏";
        var colon = rule.IndexOf(':');
        var (kind, name) = colon < 0 ? (rule, "") : (rule[..colon], rule[(colon + 1)..]);
        return kind switch
        {
            "一厂一策" => $"本企业“一厂一策”{levelName(name[(name.LastIndexOf('/') + 1)..])}措施",
            "livelihood" => "民生保障类企业豁免规定",
            "stagger" => $"错峰生产计划“{name}”",
            "transport" => $"大宗物料运输管控规定“{name}”",
            "construction" => $"施工工地管控规定“{name}”",
            "traffic" => $"机动车管控规定“{name}”",
            "advisory" => $"公众提示规定“{name}”",
            "rainfall" => $"人工增雨规定“{name}”",
            "rule" => $"专项规定“{name}”",
            _ => rule,
        };
    }
}
