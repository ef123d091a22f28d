using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>Per episode: zone traffic bans for zones covering the district, and public advisories.</summary>
internal sealed class TrafficAndAdvisoryRule : ProductionRule<Episode>
{
    public override string Name => "traffic-and-advisories";
    public override int Salience => Rules.Salience.Measures;

    protected override void Match(Episode fact, WorkingMemory memory, Agenda agenda) => agenda.Add(new Activation(this, fact));

    public override void Fire(Activation activation, Session session)
    {
        var episode = (Episode)activation.Fact;
        var model = session.Plan.Model;
        foreach (var advisory in model.Advisories.Where(a => session.Plan.Applies(a.Levels, episode.Rank)))
        {
            session.Insert(new AdvisoryDecision
            {
                District = episode.District, Kind = advisory.Kind, Level = episode.Level, Start = episode.StartsAt,
                End = episode.EndsAt, Rule = $"advisory:{advisory.Name}", Text = advisory.Text,
            }, episode.District);
        }
        if (episode.AdvisoryOnly) return;
        foreach (var rule in model.Traffic.Where(t => session.Plan.Applies(t.Levels, episode.Rank)))
        {
            var zone = model.Zones.FirstOrDefault(z => z.Name == rule.Zone);
            if (zone is null || !zone.Districts.Contains(episode.District)) continue;
            var below = rule.MinStandard is null ? "" : $"（{Wording.MeasureWords.Standards(rule.MinStandard)}）";
            session.Sink.OtherMeasures.Add(new MeasureDecision
            {
                TargetKind = "zone", Target = rule.Zone, TargetName = zone.Description ?? zone.Name, District = episode.District,
                Level = episode.Level, Category = "traffic", Kind = "ban", MinStandard = rule.MinStandard, Hours = rule.Hours,
                Start = episode.StartsAt, End = episode.EndsAt, Rule = $"traffic:{rule.Name}",
                Text = $"{rule.VehicleClass}{below}每日{rule.Hours}禁止通行",
                Reason = rule.Exempt.Count == 0 ? null : "除外：" + string.Join("、", rule.Exempt),
                Because = $"{episode.Because}；{rule.Zone}：{rule.VehicleClass}{below}每日{rule.Hours}禁止通行",
            });
        }
    }
}
