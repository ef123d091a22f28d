using System.Text;
using EmergencyDSS.Engine.Evaluation;
using Scriban.Runtime;

namespace EmergencyDSS.Notices;

/// <summary>The plain-text (e-mail) form and the SMS summary of a notice, from the same view as the page.</summary>
internal static class NoticeText
{
    public const int SmsLimit = 500;

    public static string Email(NoticeBody body, ScriptObject view, AnnexTable? annex)
    {
        var n = (ScriptObject)view["notice"]!;
        string S(string key) => n[key]?.ToString() ?? "";
        var signers = string.Join("\n", ((ScriptArray)n["signers"]!).Cast<object>());
        var text = new StringBuilder();
        if (S("urgency").Length > 0) text.Append(S("urgency")).Append('\n');
        text.Append(signers).Append(S("masthead_word").Length > 0 ? $"\n{S("masthead_word")}" : "").Append('\n').Append(S("number")).Append("\n\n");
        text.Append(body.Title).Append(true.Equals(n["pending"]) ? "（待审批）" : "").Append("\n\n");
        if (S("recipient").Length > 0) text.Append(S("recipient")).Append("：\n");
        foreach (var p in body.Paragraphs) text.Append(p).Append('\n');
        if (annex is not null) text.Append('\n').Append("附件：").Append(annex.Caption).Append('\n');
        text.Append('\n').Append(signers).Append('\n').Append(S("issued_on")).Append('\n').Append(S("note")).Append("\n\n");
        if (annex is not null) text.Append(annex.Text()).Append('\n');
        var copy = ((ScriptArray)n["copy_to"]!).Cast<object>().ToList();
        if (copy.Count > 0) text.Append("抄送：").Append(string.Join("，", copy)).Append("。\n");
        text.Append(S("printer")).Append("　　").Append(S("printed_on")).Append("印发\n");
        return text.ToString();
    }

    /// <summary>Title, what to do and when, the receipt code; cut to 500 characters with an ellipsis.</summary>
    public static string Sms(PlannedNotice plan, NoticeBody body, string number, string authority, string ackCode, DateTimeOffset decidedAt)
    {
        var what = plan.Event == "lift" ? $"自{ChineseTime.Instant(decidedAt)}起解除{(plan.Measures.Count > 0 ? "上述应急措施" : "相关应急措施")}"
            : plan.Measures.Count > 0
            ? string.Join("；", plan.Measures.Select(m => $"{MeasureWording.Describe(m)}（{ChineseTime.Period(m.Start, m.End)}）"))
            : Headline(plan);
        var tail = $"文号{number}，确认码{ackCode}。";
        var sms = $"【{authority}】{(plan.DocumentKind == "通告" ? "" : $"{plan.Recipient ?? plan.TargetName}：")}{body.Title}。{what}。{tail}";
        return sms.Length <= SmsLimit ? sms : sms[..(SmsLimit - tail.Length - 1)] + "…" + tail;
    }

    private static string Headline(PlannedNotice plan) => plan switch
    {
        { Supervision: SupervisionCase s } => $"自{ChineseTime.Date(s.ListedOn)}起列入督企清单，请立即整改并书面报送整改情况",
        { Rainfall: RainfallRequestDecision r } => $"请于{ChineseTime.Date(r.Date)}适时开展人工增雨作业",
        { Advisory: AdvisoryDecision a } => $"{a.Text}（{ChineseTime.Period(a.Start, a.End)}）",
        { Regional: RegionalWarningDecision r } => $"{ChineseTime.Date(r.Start)}至{ChineseTime.Date(r.End)}{MeasureWording.EventName(plan.Event)}区域预警",
        { Warning: WarningDecision w } =>
            $"{ChineseTime.Date(w.Start)}至{ChineseTime.Date(w.End)}{MeasureWording.EventName(plan.Event)}预警",
        _ => MeasureWording.EventName(plan.Event),
    };
}
