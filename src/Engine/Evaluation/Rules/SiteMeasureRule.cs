using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>Episode ⋈ Site on district: the most stringent construction rule that applies (stop &gt; suspend-machinery &gt; wash &gt; sprinkle).</summary>
internal sealed class SiteMeasureRule : ProductionRule<Episode>
{
    public override string Name => "construction";
    public override int Salience => Rules.Salience.Measures;

    protected override void Match(Episode fact, WorkingMemory memory, Agenda agenda)
    {
        if (fact.AdvisoryOnly) return;
        foreach (var site in memory.Keyed<Site>(fact.District)) agenda.Add(new Activation(this, fact, site));
    }

    public override void Fire(Activation activation, Session session)
    {
        var episode = (Episode)activation.Fact;
        var site = (Site)activation.Joined!;
        ConstructionRule? best = null;
        var others = new List<string>();
        foreach (var rule in session.Plan.Model.Construction)
        {
            if (!session.Plan.Applies(rule.Levels, episode.Rank)) continue;
            if (rule.Kinds.Count > 0 && !rule.Kinds.Contains(site.Kind)) continue;
            if (rule.Stages.Count > 0 && !rule.Stages.Contains(site.Stage)) continue;
            if (site.KeyProject && rule.ExemptKeyProjects)
            {
                others.Add($"construction:{rule.Name}（重点工程豁免）");
                continue;
            }
            if (best is null || Strictness(rule.Action) > Strictness(best.Action))
            {
                if (best is not null) others.Add($"construction:{best.Name}");
                best = rule;
            }
            else others.Add($"construction:{rule.Name}");
        }
        if (best is null) return;
        var what = best.Action switch
        {
            "wash" => $"每日冲洗不少于 {best.TimesPerDay} 次",
            "stop" => "停工",
            "suspend-machinery" => "停用柴油非道路移动机械",
            _ => "洒水降尘",
        };
        session.Sink.OtherMeasures.Add(new MeasureDecision
        {
            TargetKind = "site", Target = site.Id, TargetName = site.Name, District = episode.District, Level = episode.Level,
            Category = "construction", Kind = best.Action, Start = episode.StartsAt, End = episode.EndsAt,
            Rule = $"construction:{best.Name}", Text = best.Text, Reason = best.Action == "wash" ? what : null,
            Because = $"{episode.Because}；{site.Kind}工地（{site.Stage}阶段{(site.KeyProject ? "，重点工程" : "")}），依据施工管控规则 {best.Name}：{what}" +
                      (others.Count == 0 ? "" : $"；另见：{string.Join("、", others)}"),
            Overrode = others,
        });
    }

    private static int Strictness(string action) => action switch
    {
        "stop" => 4,
        "suspend-machinery" => 3,
        "wash" => 2,
        _ => 1,
    };
}
