using System.Text.RegularExpressions;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Wording;

/// <summary>
/// The wording catalogue (part 2: provisions). A decision's rule id (table:水泥熟料[C]/orange,
/// 一厂一策:…, livelihood, stagger:…) read as the provision of the plan it applies, and the sentence
/// that says which provisions a decision set aside and why.
/// </summary>
public static partial class Provisions
{
    [GeneratedRegex(@"^table:(?<table>[^\[]+)\[(?<grades>[^\]]*)\]/(?<level>.+)$")]
    private static partial Regex Table();

    /// <summary>「水泥熟料行业C级企业橙色预警措施」: the provision without the plan's title.</summary>
    public static string Name(string rule, IReadOnlyList<LevelModel>? levels = null)
    {
        var table = Table().Match(rule);
        if (table.Success)
            return $"{Terms.Industry(table.Groups["table"].Value)}{Terms.Grades(table.Groups["grades"].Value.Split(','))}企业" +
                   $"{Terms.Level(table.Groups["level"].Value, levels)}措施";
        var colon = rule.IndexOf(':');
        var (kind, name) = colon < 0 ? (rule, "") : (rule[..colon], rule[(colon + 1)..]);
        return kind switch
        {
            "table" when name == "none" => "应急减排措施表（本级别不要求停限产）",
            "一厂一策" => $"本企业“一厂一策”{Terms.Level(name[(name.LastIndexOf('/') + 1)..], levels)}措施",
            "livelihood" => "民生保障类企业管控要求",
            "stagger" => $"错峰生产安排“{name}”",
            "transport" => $"运输管控要求“{name}”",
            // Site rules may carry a note such as （重点工程豁免） after the name.
            "construction" => name.IndexOf('（') is var i and > 0 ? $"施工工地管控要求“{name[..i]}”{name[i..]}" : $"施工工地管控要求“{name}”",
            "traffic" => $"机动车管控要求“{name}”",
            "advisory" => $"公众健康防护提示“{name}”",
            "rainfall" => $"人工增雨作业要求“{name}”",
            "rule" => $"专项要求“{name}”",
            "neighbours" => $"联防联控要求（{name.Replace("--", "与", StringComparison.Ordinal)}）",
            "level" => $"{Terms.Level(name, levels)}启动条件",
            "regional" => $"{name}区域预警规定（区域内各区县执行不低于区域预警等级的措施）",
            _ => "应急预案相关规定",
        };
    }

    /// <summary>「《重庆市重污染天气应急预案（2024年修订）》水泥熟料行业C级企业橙色预警措施」.</summary>
    public static string Cite(string rule, string planTitle, IReadOnlyList<LevelModel>? levels = null) =>
        $"《{planTitle}》{Name(rule, levels)}";

    /// <summary>
    /// Why the winning provision applies instead of the others: a livelihood exemption or an
    /// enterprise's own plan is not the stricter outcome, so only a table contest says 从严.
    /// </summary>
    public static string SetAside(string winner, IReadOnlyList<string> losers, IReadOnlyList<LevelModel>? levels = null)
    {
        if (losers.Count == 0) return "";
        var names = string.Join("、", losers.Select(l => Name(l, levels)).Distinct());
        return winner switch
        {
            "livelihood" => $"按民生保障规定，不执行{names}",
            _ when winner.StartsWith("一厂一策:", StringComparison.Ordinal) => $"按本企业“一厂一策”执行，不再适用{names}",
            _ => $"按从严原则，优先于{names}",
        };
    }

    /// <summary>Why a named party (e.g. the airport) is asked to act: the days, their wind, the plan's condition.</summary>
    public static string PartyReason(string rule, string district, IEnumerable<(DateOnly Date, string? Wind)> days, string condition) =>
        $"依据{Name($"rule:{rule}")}：{district}" +
        string.Join("、", days.Select(d => $"{d.Date.Month}月{d.Date.Day}日（{Terms.Wind(d.Wind)}）")) + $"满足{condition}";

}
