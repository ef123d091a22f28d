using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>The standing traffic rules (no levels, an effective date) in force on some day of the forecast; null when none.</summary>
internal static class StandingRules
{
    public static IReadOnlyList<StandingDecision>? InForce(RuleModel model, Forecast forecast)
    {
        if (forecast.Days.Count == 0) return null;
        var last = forecast.Days.Max(d => d.Date);
        var list = new List<StandingDecision>();
        foreach (var rule in model.Traffic.Where(t => t.Levels.Count == 0 && t.EffectiveFrom is { } from && from <= last).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var zone = model.Zones.FirstOrDefault(z => z.Name == rule.Zone);
            var below = rule.MinStandard is null ? "" : $"（{Wording.MeasureWords.Standards(rule.MinStandard)}）";
            var text = $"{rule.VehicleClass}{below}每日{rule.Hours}禁止通行";
            list.Add(new StandingDecision
            {
                Rule = $"traffic:{rule.Name}", Zone = rule.Zone, Districts = zone?.Districts ?? [], Effective = rule.EffectiveFrom!.Value,
                VehicleClass = rule.VehicleClass, MinStandard = rule.MinStandard, Hours = rule.Hours, Exempt = rule.Exempt, Text = text,
                Because = $"依据{Wording.Provisions.Name($"traffic:{rule.Name}")}：自{rule.EffectiveFrom:yyyy年M月d日}起，{zone?.Description ?? rule.Zone}{text}（常态管控，不随预警启动或解除）",
            });
        }
        return list.Count == 0 ? null : list;
    }
}
