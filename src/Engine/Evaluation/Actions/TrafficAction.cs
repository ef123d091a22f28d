using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The actions of `traffic:NAME` rules (an episode, not advisory-only, at a listed level, in a
/// district of the rule's zone: the zone's ban) and `advisory:NAME` rules (an episode at a listed
/// level: the public advisory).
/// </summary>
internal static class TrafficAction
{
    public static void Ban(SessionRun run, TrafficRule rule, TrafficZone zone, Episode episode)
    {
        var below = rule.MinStandard is null ? "" : $"（{Wording.MeasureWords.Standards(rule.MinStandard)}）";
        run.SinkOf(episode.District).OtherMeasures.Add(new MeasureDecision
        {
            TargetKind = "zone", Target = rule.Zone, TargetName = zone.Description ?? zone.Name, District = episode.District,
            Level = episode.Level, Category = "traffic", Kind = "ban", MinStandard = rule.MinStandard, Hours = rule.Hours,
            Start = episode.StartsAt, End = episode.EndsAt, Rule = $"traffic:{rule.Name}",
            Text = $"{rule.VehicleClass}{below}每日{rule.Hours}禁止通行",
            Reason = rule.Exempt.Count == 0 ? null : "除外：" + string.Join("、", rule.Exempt),
            Because = $"{episode.Because}；{rule.Zone}：{rule.VehicleClass}{below}每日{rule.Hours}禁止通行",
        });
    }

    public static void Advise(SessionRun run, AdvisoryRule advisory, Episode episode) =>
        run.SinkOf(episode.District).Advisories.Add(new AdvisoryDecision
        {
            District = episode.District, Kind = advisory.Kind, Level = episode.Level, Start = episode.StartsAt,
            End = episode.EndsAt, Rule = $"advisory:{advisory.Name}", Text = advisory.Text,
        });
}
