using EmergencyDSS.Engine.Wording;
using Scriban.Runtime;

namespace EmergencyDSS.Notices;

/// <summary>
/// The GB/T 9704 elements around a notice's body, as view variables: the form (文件, 通知, 通告, 函),
/// 紧急程度, 发文机关标志, who signs (jointly with the traffic police on a zone's 通告), 附注, 版记
/// (抄送, 印发机关和印发日期), the acknowledgment line and whether approval is still awaited.
/// </summary>
internal static class NoticeFrame
{
    public static void Add(ScriptObject notice, PlannedNotice plan, NoticeContext context, Issuer issuer, string ackCode)
    {
        var joint = plan.TargetKind == "zone" && issuer.Police is not null;
        var signers = new ScriptArray { issuer.Authority };
        if (joint) signers.Add(issuer.Police!);
        notice["kind"] = plan.DocumentKind;
        notice["urgency"] = plan.DocumentKind == "文件" ? "特急" : "";
        notice["signers"] = signers;
        notice["masthead_word"] = plan.DocumentKind switch { "文件" => "文件", "通告" => joint ? "通告" : "", _ => "" };
        notice["note"] = $"（联系人：{issuer.ContactPerson}；联系电话：{issuer.Phone}）";
        notice["phone"] = issuer.Phone;
        notice["contact_person"] = issuer.ContactPerson;
        var copy = new ScriptArray();
        foreach (var c in CopyTo(plan, context, issuer)) copy.Add(c);
        notice["copy_to"] = copy;
        notice["printer"] = issuer.Authority;
        notice["printed_on"] = ChineseTime.Date(context.IssuedAt);
        var approver = Approver(plan, context);
        notice["pending"] = approver is not null && !plan.Approved;
        notice["approval"] = approver is null ? ""
            : plan.Approved ? $"本预警已经{approver}批准。" : $"本预警须经{approver}批准后正式发布（待审批）。";
        var portal = context.Portal(issuer);
        notice["portal"] = portal ?? "";
        notice["ack_line"] = (portal is null
            ? $"请于{context.AcknowledgeWithinHours}小时内通过应急回执平台确认收悉"
            : $"请于{context.AcknowledgeWithinHours}小时内登录应急回执平台（{portal}）确认收悉")
            + $"，回执确认码{ackCode}；如有疑问请致电{issuer.Phone}。";
    }

    /// <summary>The notice reads 「（待审批）」 until an approver signs off.</summary>
    public static bool AwaitsApproval(PlannedNotice plan, NoticeContext context) => !plan.Approved && Approver(plan, context) is not null;

    private static string? Approver(PlannedNotice plan, NoticeContext context)
    {
        if (plan.TargetKind == "warning") return plan.Warning?.Approver;
        if (plan.Regional is { } r) return context.Model.Approvals.FirstOrDefault(a => a.Levels.Contains(r.Level))?.Approver;
        return null;
    }

    private static IEnumerable<string> CopyTo(PlannedNotice plan, NoticeContext context, Issuer issuer)
    {
        var city = context.City.Authority;
        switch (plan.TargetKind)
        {
            case "warning" or "regional":
                if (issuer.Authority != city) yield return city;
                if (Approver(plan, context) is { } approver) yield return approver;
                break;
            case "zone":
                break;
            default:
                if (plan.District != PlannedNotice.City) yield return issuer.Government ?? Recipients.Government(plan.District);
                break;
        }
    }

    /// <summary>「自2024年12月4日0时起」 for a planned level change inside one forecast; empty otherwise.</summary>
    private static string Effective(PlannedNotice plan) =>
        plan is { Step: > 0, EffectiveFrom: { } day } ? $"自{ChineseTime.Instant(ChineseTime.Midnight(day))}起" : "";

    /// <summary>What a change notice says changed, and the 文号 it amends.</summary>
    public static ScriptObject Change(PlannedNotice plan, NoticeContext context, string? amends)
    {
        var now = plan.Warning;
        var before = plan.Previous;
        string Level(string id) => Terms.Level(id, context.Model.Levels);
        var to = plan.Regional is { } r ? Level(r.Level) : now is null ? Level(plan.Level) : Level(now.Level);
        var from = before is null ? "" : Level(before.Level);
        var endDay = plan.Regional?.End ?? now?.End;
        var end = endDay is { } e ? ChineseTime.Instant(ChineseTime.Midnight(e.AddDays(1))) : "";
        var place = plan.Regional?.Region ?? now?.District ?? plan.District;
        var summary = plan.Event switch
        {
            "upgrade" or "downgrade" => $"{place}重污染天气预警{Effective(plan)}{(from.Length > 0 ? $"由{from}" : "")}{(plan.Event == "upgrade" ? "升级" : "降级")}为{to}" +
                                         (end.Length > 0 ? $"，预警结束时间调整为{end}" : ""),
            "extend" => $"{place}重污染天气{to}延长至{end}",
            "lift" => $"自{ChineseTime.Instant(context.IssuedAt)}起解除{place}重污染天气{(from.Length > 0 ? from : to)}",
            _ => $"发布{place}重污染天气{to}",
        };
        var sentence = "决定" + (plan.Event is "upgrade" or "downgrade" or "extend" ? "将" : "") + summary;
        return new ScriptObject
        {
            ["from_level"] = from, ["to_level"] = to, ["end"] = end, ["amends"] = amends ?? "",
            ["lift_at"] = ChineseTime.Instant(context.IssuedAt), ["summary"] = summary,
            ["sentence"] = sentence + (amends is null ? "。"
                : plan.Event == "lift" ? $"，{amends}所定措施同时终止执行。" : $"，{amends}所定预警时段和措施相应调整。"),
        };
    }
}
