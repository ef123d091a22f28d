using EmergencyDSS.Scheduler.Delivery;

namespace EmergencyDSS.Scheduler.Tests.Delivery;

/// <summary>A rendered 预警通知 for one enterprise, as the scheduler hands it to a channel.</summary>
internal static class SampleNotice
{
    public const string Key = "enterprise|渝北区|91500112MA5U000001|issue|2026-11-23T00:00|r7|email";

    public static DeliveryRequest Request(string? email = "huanbao@qiye.example.cn", string? webhook = null, string key = Key) => new(
        NoticeId: 4211,
        IdempotencyKey: key,
        TargetKind: "enterprise",
        Target: "91500112MA5U000001",
        TargetName: "重庆示例建材有限公司",
        District: "渝北区",
        Event: "issue",
        DocumentNumber: "渝环应急〔2026〕37号",
        Title: "关于启动渝北区重污染天气橙色预警的通知",
        Html: "<html><body><h1>关于启动渝北区重污染天气橙色预警的通知</h1><p>请于11月24日00时起落实停产措施。</p></body></html>",
        Text: "重庆市生态环境局\n渝环应急〔2026〕37号\n\n关于启动渝北区重污染天气橙色预警的通知\n\n请于11月24日00时起落实停产措施。\n.这一行以点开头\n回执确认码：K7QZ3M2XPA\n",
        Sms: "【重庆市生态环境局】重庆示例建材有限公司：关于启动渝北区重污染天气橙色预警的通知。文号渝环应急〔2026〕37号，确认码K7QZ3M2XPA。",
        Email: email,
        Webhook: webhook);
}
