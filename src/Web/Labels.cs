using System.Globalization;

namespace EmergencyDSS.Web;

/// <summary>Chinese words for the store's codes (levels, states, kinds, events) and times shown in Asia/Shanghai.</summary>
internal static class Labels
{
    public static string Level(string level) => level switch
    {
        "yellow" => "黄色", "orange" => "橙色", "red" => "红色", "blue" => "蓝色",
        "stage1" => "一级", "stage2" => "二级", "stage3" => "三级", "stage4" => "四级",
        _ => level,
    };

    public static string Colour(string level) => level switch
    {
        "yellow" or "stage1" => "#f2c200", "orange" or "stage2" => "#f07800", "red" or "stage3" => "#d7191c", "stage4" => "#7b0c85", "blue" => "#2b83ba",
        _ => "#999999",
    };

    public static string WarningStatus(string status) => status switch
    {
        "Proposed" => "待审批", "Approved" => "已批准", "Issued" => "已发布", "Upgraded" => "已升级", "Downgraded" => "已降级",
        "Extended" => "已延长", "Lifted" => "已解除", "Rejected" => "已驳回", _ => status,
    };

    public static string NoticeStatus(string status) => status switch
    {
        "Rendered" => "已生成待审批", "Scheduled" => "待发送", "Sent" => "已发送", "Delivered" => "已送达", "Acknowledged" => "已确认收悉",
        "Withdrawn" => "已撤回", "Failed" => "发送失败", _ => status,
    };

    public static string TargetKind(string kind) => kind switch
    {
        "enterprise" => "企业", "site" => "施工工地", "zone" => "区域", "party" => "责任部门", "warning" => "区县", "stagger" => "错峰生产企业",
        "advisory" => "公众提示", "rainfall" => "人工增雨", "supervision" => "督办企业", _ => kind,
    };

    public static string Event(string ev) => ev switch
    {
        "issue" => "发布", "upgrade" => "升级", "downgrade" => "降级", "extend" => "延长", "lift" => "解除", "supervise" => "督办", _ => ev,
    };

    public static string Measure(string kind) => kind switch
    {
        "stop" => "停产", "limit" => "限产", "self" => "自主减排", "exempt" => "豁免", "none" => "无措施", "stagger" => "错峰生产",
        "ban" => "禁止", "no-road" => "禁止上路", _ => kind,
    };

    public static string Channel(string channel) => channel switch
    {
        "outbox" => "发文目录", "email" => "电子邮件", "webhook" => "接口推送", _ => channel,
    };

    public static string DeliveryOutcome(string outcome) => outcome switch
    {
        "Delivered" => "已送达", "AlreadyDelivered" => "此前已送达", "Failed" => "暂时失败，将自动重试", "PermanentFailure" => "发送失败", _ => outcome,
    };

    public static string Entity(string entity) => entity switch
    {
        "warning" => "预警", "notice" => "通知", "forecast" => "预报", "ruleset" => "预案规则", "account" => "账户", "evaluation" => "研判", "inspection" => "现场检查", "enterprise" => "企业", _ => entity,
    };

    public static string Time(DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, Scheduler.ShanghaiTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Countdown(TimeSpan left) =>
        left <= TimeSpan.Zero ? "已到发布时限" : $"剩余{(int)left.TotalHours}小时{left.Minutes}分";
}
