using System.Globalization;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Wording;

/// <summary>
/// The one wording catalogue (part 1: terms). Levels, events, categories, grades, forecast fields and
/// comparisons in Chinese administrative language, shared by decisions.json `because`, `dss explain`,
/// report.html and every notice. No English word or internal id ever leaves through here.
/// </summary>
public static class Terms
{
    /// <summary>黄色/橙色/红色 for the usual ids; a plan's own level name (minus 预警) otherwise.</summary>
    public static string Colour(string levelId, IReadOnlyList<LevelModel>? levels = null) => levelId switch
    {
        "blue" => "蓝色", "yellow" => "黄色", "orange" => "橙色", "red" => "红色",
        _ => levels?.FirstOrDefault(l => l.Id == levelId)?.Name.Replace("预警", "", StringComparison.Ordinal) ?? levelId,
    };

    /// <summary>The level's full name: 橙色预警 (the plan's own name when it has one).</summary>
    public static string Level(string levelId, IReadOnlyList<LevelModel>? levels = null) =>
        levels?.FirstOrDefault(l => l.Id == levelId)?.Name ?? Colour(levelId) + "预警";

    public static string Event(string ev) => ev switch
    {
        "issue" => "发布", "upgrade" => "升级", "downgrade" => "降级", "extend" => "延长", "lift" => "解除", _ => ev,
    };

    public static string Category(string category) => category switch
    {
        "production" => "生产管控", "transport" => "运输管控", "construction" => "施工管控",
        "traffic" => "交通管控", "other" => "应急行动", _ => category,
    };

    public static string TargetKind(string kind) => kind switch
    {
        "enterprise" => "企业", "site" => "施工工地", "zone" => "管控区域", "party" => "相关单位",
        "warning" => "区县政府", "advisory" => "社会公众", "rainfall" => "气象部门", _ => kind,
    };

    /// <summary>The contract's kind words as a clerk says them.</summary>
    public static string Kind(string kind) => kind switch
    {
        "stop" => "停产", "limit" => "限产", "self" => "自主减排", "exempt" => "民生保障", "none" => "无停限产要求",
        "stagger" => "错峰生产", "ban" => "限制车辆通行", "no-road" => "停止公路运输", "suspend-machinery" => "停用非道路移动机械",
        "wash" => "冲洗降尘", "sprinkle" => "洒水降尘", "action" => "应急行动", _ => kind,
    };

    /// <summary>Grades of one table row: 「C级」, 「A级、引领性」, 「非重点」.</summary>
    public static string Grades(IEnumerable<string> grades) =>
        string.Join("、", grades.Select(g => g is "引领性" or "非重点" ? g : $"{g}级"));

    /// <summary>The industry as a noun phrase: 「水泥熟料行业」, 「非重点行业」 (never 行业行业).</summary>
    public static string Industry(string name) => name.EndsWith("行业", StringComparison.Ordinal) ? name : name + "行业";

    public static string Field(string field) => field switch
    {
        "aqi" => "AQI", "pm25" => "PM2.5浓度", "pm10" => "PM10浓度", "o3_8h" => "O3八小时浓度", "no2" => "NO2浓度",
        "so2" => "SO2浓度", "co" => "CO浓度", "rh" => "相对湿度", "cloud_cover" => "云量", "precip_prob" => "降水概率",
        "wind_speed" => "风速", "primary_pollutant" => "首要污染物", "wind_dir" => "风向", _ => field,
    };

    /// <summary>Sixteen-point wind directions: SE → 东南风.</summary>
    public static string Wind(string? dir) => dir switch
    {
        "N" => "北风", "NNE" => "东北偏北风", "NE" => "东北风", "ENE" => "东北偏东风", "E" => "东风", "ESE" => "东南偏东风",
        "SE" => "东南风", "SSE" => "东南偏南风", "S" => "南风", "SSW" => "西南偏南风", "SW" => "西南风", "WSW" => "西南偏西风",
        "W" => "西风", "WNW" => "西北偏西风", "NW" => "西北风", "NNW" => "西北偏北风", null or "" or "-" => "风向不定", _ => dir,
    };

    /// <summary>Emission pollutants of the reduction accounting: PM reads 颗粒物, NOx 氮氧化物.</summary>
    public static string Pollutant(string p) => p switch { "PM" => "颗粒物", "NOx" => "氮氧化物", _ => p };

    public static string Compare(CompareOp op) => op switch
    {
        CompareOp.Gt => "大于", CompareOp.Ge => "不低于", CompareOp.Lt => "小于", CompareOp.Le => "不高于",
        CompareOp.Eq => "等于", _ => "不等于",
    };

    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>2024年12月3日0时 (12时30分 when not on the hour), Asia/Shanghai.</summary>
    public static string Instant(DateTimeOffset t)
    {
        var l = TimeZoneInfo.ConvertTime(t, Shanghai);
        var minutes = l.Minute == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{l.Minute}分");
        return string.Create(CultureInfo.InvariantCulture, $"{Date(DateOnly.FromDateTime(l.DateTime))}{l.Hour}时{minutes}");
    }

    public static string Date(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");
}
