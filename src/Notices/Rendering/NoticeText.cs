using System.Text;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>The plain-text (e-mail) form and the SMS summary of a notice.</summary>
internal static class NoticeText
{
    public const int SmsLimit = 500;

    public static string Email(NoticeBody body, string recipient, string number, NoticeContext context, string ackCode)
    {
        var text = new StringBuilder();
        text.Append(context.Authority).Append('\n').Append(number).Append("\n\n");
        text.Append(body.Title).Append("\n\n");
        text.Append(recipient).Append("：\n");
        foreach (var p in body.Paragraphs) text.Append(p).Append('\n');
        text.Append('\n').Append(context.Authority).Append('\n').Append(ChineseTime.Date(context.IssuedAt)).Append("\n\n");
        text.Append("联系方式：").Append(context.Contact).Append('\n');
        text.Append("回执确认码：").Append(ackCode).Append("（请于").Append(context.AcknowledgeWithinHours).Append("小时内确认）\n");
        return text.ToString();
    }

    /// <summary>Title, what to do and when, the receipt code; cut to 500 characters with an ellipsis.</summary>
    public static string Sms(PlannedNotice plan, NoticeBody body, string number, NoticeContext context, string ackCode)
    {
        var what = plan.Event == "lift" ? $"自即日起解除{(plan.Measures.Count > 0 ? "上述应急措施" : "相关应急措施")}"
            : plan.Measures.Count > 0
            ? string.Join("；", plan.Measures.Select(m => $"{MeasureWording.Describe(m)}（{ChineseTime.Period(m.Start, m.End)}）"))
            : Headline(plan);
        var tail = $"文号{number}，确认码{ackCode}。";
        var sms = $"【{context.Authority}】{plan.Recipient ?? plan.TargetName}：{body.Title}。{what}。{tail}";
        return sms.Length <= SmsLimit ? sms : sms[..(SmsLimit - tail.Length - 1)] + "…" + tail;
    }

    private static string Headline(PlannedNotice plan) => plan switch
    {
        { Rainfall: RainfallRequestDecision r } => $"请于{ChineseTime.Date(r.Date)}适时开展人工增雨作业",
        { Advisory: AdvisoryDecision a } => $"{a.Text}（{ChineseTime.Period(a.Start, a.End)}）",
        { Warning: WarningDecision w } =>
            $"{ChineseTime.Date(w.Start)}至{ChineseTime.Date(w.End)}{MeasureWording.EventName(plan.Event)}预警",
        _ => MeasureWording.EventName(plan.Event),
    };
}
