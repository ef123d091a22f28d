using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Wording;
using Scriban.Runtime;

namespace EmergencyDSS.Notices;

/// <summary>
/// The view model a template sees: plain strings and lists, never domain objects, so bureau staff can
/// read a template without knowing the engine. Every notice gets every variable (empty lists where
/// none apply), so a template checked against the sample renders against any notice.
/// </summary>
internal static class NoticeView
{
    public static ScriptObject Build(PlannedNotice plan, NoticeContext context, string documentNumber, string ackCode, string? amends = null)
    {
        var level = context.LevelOf(plan.Level);
        var issuer = context.IssuerOf(plan.District);
        var notice = new ScriptObject
        {
            ["number"] = documentNumber,
            ["authority"] = issuer.Authority,
            ["city_authority"] = context.City.Authority,
            ["recipient"] = Recipient(plan, issuer),
            ["regional_number"] = RegionalNumber(plan, context),
            ["warning_notice"] = WarningNotice(plan, context),
            ["place"] = plan.TargetKind switch { "regional" => $"{plan.TargetName}区域", "zone" => plan.TargetName, _ => plan.District },
            ["district"] = plan.District,
            ["event"] = plan.Event,
            ["event_name"] = MeasureWording.EventName(plan.Event),
            ["subject"] = plan.Subject,
            ["issued_on"] = ChineseTime.Date(context.IssuedAt),
            ["ack_code"] = ackCode,
            ["ack_hours"] = context.AcknowledgeWithinHours,
            ["contact"] = $"{issuer.ContactPerson} {issuer.Phone}",
            ["level_name"] = level?.Name ?? "重污染天气",
            ["response"] = level?.Response ?? "应急响应",
        };
        NoticeFrame.Add(notice, plan, context, issuer, ackCode);
        return new ScriptObject
        {
            ["notice"] = notice,
            ["change"] = NoticeFrame.Change(plan, context, amends),
            ["region"] = Region(plan, context),
            ["target"] = new ScriptObject { ["kind"] = plan.TargetKind, ["id"] = plan.Target, ["name"] = plan.TargetName },
            ["warning"] = Warning(plan, context),
            ["measures"] = Measures(plan.Measures, context),
            ["advisory"] = Advisory(plan.Advisory),
            ["request"] = Request(plan.Rainfall),
            ["supervision"] = SupervisionView.Build(plan.Supervision, context),
        };
    }

    private static ScriptObject Warning(PlannedNotice plan, NoticeContext context)
    {
        var w = plan.Warning;
        var level = context.LevelOf(w?.Level ?? plan.Level);
        var days = new ScriptArray();
        foreach (var d in w?.Days ?? [])
            days.Add(new ScriptObject { ["date"] = ChineseTime.Date(d.Date), ["aqi"] = d.Aqi, ["pollutant"] = d.PrimaryPollutant });
        var start = w is null ? plan.Measures.Select(m => m.Start).DefaultIfEmpty(context.IssuedAt).Min() : Midnight(w.Start);
        var end = w is null ? plan.Measures.Select(m => m.End).DefaultIfEmpty(context.IssuedAt).Max() : Midnight(w.End.AddDays(1));
        return new ScriptObject
        {
            ["level"] = level?.Id ?? plan.Level,
            ["level_name"] = level?.Name ?? "重污染天气",
            ["response"] = level?.Response ?? "应急响应",
            ["start"] = ChineseTime.Instant(start),
            ["end"] = ChineseTime.Instant(end),
            ["pollutant"] = w?.Pollutant ?? "PM2.5",
            ["because"] = w?.Because ?? plan.Measures.FirstOrDefault()?.Because ?? "",
            ["days"] = days,
            // The triggering forecast in words; the engine's own explanation when it names no days.
            ["trigger"] = w is { Days.Count: > 0 }
                ? string.Join("，", w.Days.Select(d => $"{ChineseTime.Date(d.Date)}预测AQI {d.Aqi}（{d.PrimaryPollutant}）"))
                : w?.Because ?? plan.Measures.FirstOrDefault()?.Because ?? "",
            // What the warning rests on: the district's own forecast meeting the level's condition, or (a day
            // raised by a regional warning) the engine's reason, which cites the region and its members.
            ["basis"] = w is { Region: not null } ? w.Because
                : (w is { Days.Count: > 0 } ? string.Join("，", w.Days.Select(d => $"{ChineseTime.Date(d.Date)}预测AQI {d.Aqi}（{d.PrimaryPollutant}）"))
                    : w?.Because ?? plan.Measures.FirstOrDefault()?.Because ?? "") + $"，达到{level?.Name ?? "重污染天气"}启动条件",
            ["approver"] = w?.Approver ?? context.Authority,
            ["region"] = w?.Region ?? "",
        };
    }

    private static ScriptArray Measures(IReadOnlyList<MeasureDecision> measures, NoticeContext context)
    {
        var list = new ScriptArray();
        foreach (var m in measures)
            list.Add(new ScriptObject
            {
                ["category"] = MeasureWording.Category(m.Category),
                ["kind"] = m.Kind,
                ["summary"] = MeasureWording.Describe(m),
                ["start"] = ChineseTime.Instant(m.Start),
                ["end"] = ChineseTime.Instant(m.End),
                ["because"] = m.Because,
                ["exempt"] = m.Reason is { } r && r.StartsWith("除外：", StringComparison.Ordinal) ? r[3..] : "",
                ["rule"] = m.Rule,
                ["basis"] = Provisions.Cite(m.Rule, context.Model.Header.Name, context.Model.Levels),
            });
        return list;
    }

    private static ScriptObject Advisory(AdvisoryDecision? a) => new()
    {
        ["text"] = a?.Text ?? "",
        ["start"] = a is null ? "" : ChineseTime.Instant(a.Start),
        ["end"] = a is null ? "" : ChineseTime.Instant(a.End),
    };

    private static ScriptObject Request(RainfallRequestDecision? r) => new()
    {
        ["requestee"] = r?.Requestee ?? "",
        ["date"] = r is null ? "" : ChineseTime.Date(r.Date),
        ["because"] = r?.Because ?? "",
        ["airspace"] = r?.NeedsAirspaceApproval ?? false,
    };

    private static DateTimeOffset Midnight(DateOnly d) => ChineseTime.Midnight(d);

    /// <summary>主送: none on a 通告 (it is to the public); the district government as the ruleset names it.</summary>
    private static string Recipient(PlannedNotice plan, Issuer issuer) => plan switch
    {
        { DocumentKind: "通告" } => "",
        { TargetKind: "warning" } => issuer.Government ?? plan.Recipient ?? plan.TargetName,
        _ => plan.Recipient ?? plan.TargetName,
    };

    /// <summary>
    /// 「《关于发布渝北区重污染天气橙色预警的通知》（渝北环应急〔2024〕1号）」: the district warning notice of this run that a
    /// notice to one of its recipients follows (same event and level step); empty when there is none (错峰, 督办, a notice
    /// planned without its warning's).
    /// </summary>
    private static string WarningNotice(PlannedNotice plan, NoticeContext context) =>
        plan.DocumentKind == "通知" && context.WarningNotices.TryGetValue((plan.District, plan.Event, plan.Step), out var w)
            ? $"《{w.Title}》（{w.Number}）" : "";

    /// <summary>文号 of the city's regional warning notice this district's warning follows, if any.</summary>
    private static string RegionalNumber(PlannedNotice plan, NoticeContext context)
    {
        var w = plan.Warning;
        if (w is null || plan.TargetKind == "regional") return "";
        foreach (var ((region, start, end), number) in context.RegionalNumbers.OrderBy(r => r.Value, StringComparer.Ordinal))
            if (context.Model.Regions.FirstOrDefault(r => r.Name == region)?.Districts.Contains(w.District) == true && start <= w.End && w.Start <= end)
                return number;
        return "";
    }

    private static ScriptObject Region(PlannedNotice plan, NoticeContext context)
    {
        var r = plan.Regional;
        var districts = new ScriptArray();
        foreach (var d in r?.Districts ?? []) districts.Add(d);
        return new ScriptObject
        {
            ["name"] = r?.Region ?? "",
            ["level_name"] = r is null ? "" : Terms.Level(r.Level, context.Model.Levels),
            ["response"] = r is null ? "" : context.LevelOf(r.Level)?.Response ?? "应急响应",
            ["start"] = r is null ? "" : ChineseTime.Instant(Midnight(r.Start)),
            ["end"] = r is null ? "" : ChineseTime.Instant(Midnight(r.End.AddDays(1))),
            ["districts"] = districts,
            ["district_list"] = string.Join("、", r?.Districts ?? []),
            ["because"] = r?.Because ?? "",
        };
    }
}
