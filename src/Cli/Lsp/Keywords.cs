namespace EmergencyDSS.Cli.Lsp;

/// <summary>What the language's words mean, for hover and completion (docs/language.md has the full text).</summary>
internal static class Keywords
{
    public static readonly IReadOnlyDictionary<string, string> Meaning = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ruleset"] = "规则集头：名称、版本、发布机关、时区、有效期、文号前缀、联系方式、回执时限",
        ["include"] = "引用同一文件夹内的另一个规则文件",
        ["districts"] = "本规则适用的区县",
        ["region"] = "区域（如主城都市区），用于区域预警",
        ["zone"] = "交通管控区",
        ["const"] = "常量：一个有名字的数值",
        ["level"] = "预警等级及其启动条件（由低到高声明）",
        ["tier"] = "不发布正式预警的提示层级（一般污染天气）",
        ["episodes"] = "过程规则：解除条件、提前发布时间、起始时刻、仅提示的首要污染物、防反复",
        ["damping"] = "防反复：预警发布或变更后 N 小时内，预报好转也不解除，待其后预报确认后再解除（升级、新发不受影响）",
        ["approval"] = "需要审批的预警等级及审批机关",
        ["regional"] = "区域预警：区域内至少 N 个区县达到某级时，全区域不低于该级",
        ["targets"] = "各级预警的减排比例要求",
        ["emissions"] = "各区县全社会排放总量（吨/年），减排比例以此为基数",
        ["label"] = "工地「红黄绿」标志：`label 红, 黄` 只适用于这些标志的工地，`except label 绿` 绿色标志工地正常施工",
        ["heavy"] = "`for heavy trucks >= 20`：日使用重型柴油车 20 辆次及以上的重点用车单位",
        ["from"] = "生效日期：`from 2026-07-01`；交通管控只写 from 不写 at 时为常态管控",
        ["table"] = "行业减排措施表：绩效等级 × 预警等级",
        ["livelihood"] = "民生保障企业的生产措施",
        ["transport"] = "大宗物料运输企业的运输管控",
        ["stagger"] = "错峰生产日历",
        ["construction"] = "施工工地管控：每条适用的要求各成一项措施；可按类型、阶段、标志筛选",
        ["traffic"] = "机动车限行",
        ["advisory"] = "公众提示（`for O3` 只用于首要污染物为臭氧的过程）",
        ["rainfall"] = "人工增雨作业申请条件",
        ["rule"] = "指定单位在特定条件下的行动",
        ["template"] = "通知模板及其适用的事件和对象",
        ["supervise"] = "督企清单：一定天数内累计若干个过程经现场检查认定未落实的企业列入督企清单",
        ["expose"] = "曝光名单：一定天数内累计若干个过程未落实的督办企业予以通报曝光",
        ["stop"] = "措施：停产",
        ["limit"] = "措施：限产 N%（`lines` 表示按生产线）",
        ["self"] = "措施：自主减排（A级、引领性企业）",
        ["exempt"] = "措施：豁免（写明原因）",
        ["none"] = "措施：该级别不要求减产",
        ["ban"] = "措施：禁用低于某排放标准的货车（`ban trucks below 国五` 即国四及以下禁用）",
        ["no-road"] = "措施：禁止公路运输",
        ["consecutive"] = "连续天数：`on N consecutive days`",
        ["aqi"] = "预报日 AQI（HJ 633），0–500",
        ["pm25"] = "PM2.5 日均浓度，µg/m³",
        ["o3_8h"] = "O3 日最大 8 小时平均浓度，µg/m³",
    };
}
