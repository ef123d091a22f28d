using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Notices.Replay;

/// <summary>The timeline's words as a duty clerk says them (no English, no ids).</summary>
internal static class TimelineWords
{
    public static string Change(string change) => change switch
    {
        "issue" => "发布预警", "upgrade" => "预警升级", "downgrade" => "预警降级", "extend" => "预警延长", "shorten" => "预警缩短",
        "lift" => "解除预警", "notices" => "发送相关通知", _ => "无变化",
    };

    public static string State(string? state) => state switch
    {
        null => "—", "Proposed" => "待审批", "Approved" => "已批准", "Issued" => "已发布", "Upgraded" => "已升级", "Downgraded" => "已降级",
        "Extended" => "已延长", "Lifted" => "已解除", "Rejected" => "已驳回", _ => "—",
    };

    public static string Recipient(string targetKind) => targetKind switch
    {
        "regional" => "区域预警", "zone" => "交通管控通告", _ => Terms.TargetKind(targetKind),
    };

    public static string Status(string status) => status switch
    {
        "Rendered" => "待批准后发送", "Scheduled" => "按时发送", "Withdrawn" => "不再发送", _ => "—",
    };

    public static string Pollutant(string pollutant) => pollutant switch
    {
        "SO2" => "二氧化硫", "NOx" => "氮氧化物", "PM" => "颗粒物", "VOCs" => "挥发性有机物", _ => "—",
    };

    public static string Grade(string grade) => grade is "引领性" or "非重点" ? grade : $"{grade}级";
}
