using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>
/// A realistic notice for any (event, subject), so `dss check` can render each bound template once
/// and report unknown variables before a real warning depends on it.
/// </summary>
internal static class SampleNotices
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static PlannedNotice For(RuleModel model, string ev, string subject)
    {
        if (subject == TemplateSet.Supervise) return Supervision(model);
        var level = model.Levels.OrderBy(l => l.Rank).Last();
        var district = model.Districts.Count > 0 ? model.Districts[0] : "示例区";
        var start = new DateOnly(2024, 12, 3);
        var warning = new WarningDecision
        {
            District = district, Level = level.Id, Start = start, End = start.AddDays(2), Pollutant = "PM2.5",
            Rule = $"level:{level.Id}", Because = $"{level.Name}：2024-12-03 AQI 235，2024-12-04 AQI 248",
            Days = [new TriggerDay(start, 235, "PM2.5"), new TriggerDay(start.AddDays(1), 248, "PM2.5")],
        };
        var (kind, category, targetKind) = subject switch
        {
            "ban" or "no-road" => (subject, "transport", "enterprise"),
            "construction" => ("stop", "construction", "site"),
            "traffic" => ("ban", "traffic", "zone"),
            "party" => ("action", "other", "party"),
            "warning" or "advisory" or "rainfall" or "regional" => ("", "", subject),
            _ => (subject, "production", "enterprise"),
        };
        var measure = new MeasureDecision
        {
            TargetKind = targetKind, Target = "915001007474817001", TargetName = "重庆示例水泥有限公司", District = district,
            Level = level.Id, Category = category, Kind = kind, Percent = kind == "limit" ? 30 : null,
            MinStandard = kind == "ban" ? "国五" : null, Text = category is "production" or "transport" ? null : "示例措施",
            Start = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), China),
            End = new DateTimeOffset(start.AddDays(3).ToDateTime(TimeOnly.MinValue), China),
            Rule = "table:水泥[C]/" + level.Id, Because = "水泥 C级 " + level.Name + "：停产",
        };
        return new PlannedNotice
        {
            TargetKind = targetKind, Target = measure.Target, TargetName = measure.TargetName!,
            District = subject == "regional" ? PlannedNotice.City : district,
            Event = ev, Subject = subject, Level = level.Id, Warning = warning,
            Measures = kind.Length == 0 ? [] : [measure],
            Advisory = subject == "advisory"
                ? new AdvisoryDecision { District = district, Kind = "fireworks", Start = measure.Start, End = measure.End, Rule = "advisory:示例", Text = "禁止燃放烟花爆竹" }
                : null,
            Regional = subject == "regional"
                ? new RegionalWarningDecision("示例区域", level.Id, start, start.AddDays(2), [district], "regional:示例区域", "示例区域3个区县达到预警条件")
                : null,
            Rainfall = subject == "rainfall"
                ? new RainfallRequestDecision { District = district, Level = level.Id, Date = start, Requestee = "示例气象局", Rule = "rainfall:示例", Because = "相对湿度75%，云量80%", NeedsAirspaceApproval = true }
                : null,
        };
    }

    /// <summary>A 督办通知: the enterprise went on the list after two episodes not complied (one partly, if that counts).</summary>
    private static PlannedNotice Supervision(RuleModel model)
    {
        var district = model.Districts.Count > 0 ? model.Districts[0] : "示例区";
        var rule = model.Supervise!;
        var violations = Enumerable.Range(0, Math.Max(1, rule.Violations))
            .Select(i => new SupervisedViolation(district, new DateOnly(2024, 11, 3).AddDays(14 * i), rule.CountsPartly && i == 0 ? "partly" : "not_complied",
                new DateTimeOffset(2024, 11, 4, 10, 0, 0, China).AddDays(14 * i)))
            .ToList();
        return new PlannedNotice
        {
            TargetKind = "supervision", Target = "915001007474817001", TargetName = "重庆示例水泥有限公司", District = district,
            Event = TemplateSet.Supervise, Subject = TemplateSet.Supervise, Level = "",
            Supervision = new SupervisionCase(new DateOnly(2024, 12, 2), rule.Violations, rule.WithinDays, rule.CountsPartly, model.Expose?.Violations ?? 0, violations),
        };
    }
}
