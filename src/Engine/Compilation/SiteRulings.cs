using System.Collections.Concurrent;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>The construction rule that wins for a site profile at a level, with the rules it beat and the explanation.</summary>
internal sealed record SiteRuling(ConstructionRule Rule, string? Reason, IReadOnlyList<string> Others, string Explanation);

/// <summary>
/// The most stringent construction rule that applies to a site (stop &gt; suspend-machinery &gt; wash &gt;
/// sprinkle); key projects skip rules that exempt them. It depends only on the site's kind, stage and
/// key-project flag and the level, so each ruling is made once and kept for the plan's life.
/// </summary>
internal sealed class SiteRulings(PlanContext plan)
{
    private readonly ConcurrentDictionary<(string Kind, string Stage, bool KeyProject, int Rank), SiteRuling?> _rulings = new();

    /// <summary>Null when no construction rule applies to the site at this level.</summary>
    public SiteRuling? For(Site site, int rank) =>
        _rulings.GetOrAdd((site.Kind, site.Stage, site.KeyProject, rank), static (k, rulings) => rulings.Rule(k.Kind, k.Stage, k.KeyProject, k.Rank), this);

    private SiteRuling? Rule(string kind, string stage, bool keyProject, int rank)
    {
        ConstructionRule? best = null;
        var others = new List<string>();
        foreach (var rule in plan.Model.Construction)
        {
            if (!plan.Applies(rule.Levels, rank)) continue;
            if (rule.Kinds.Count > 0 && !rule.Kinds.Contains(kind)) continue;
            if (rule.Stages.Count > 0 && !rule.Stages.Contains(stage)) continue;
            if (keyProject && rule.ExemptKeyProjects)
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
        if (best is null) return null;
        var what = best.Action switch
        {
            "wash" => $"每日冲洗不少于{best.TimesPerDay}次",
            "stop" => "停工",
            "suspend-machinery" => "停用柴油非道路移动机械",
            _ => "洒水降尘",
        };
        var explanation = $"{kind}工地（{stage}阶段{(keyProject ? "，重点工程" : "")}），依据施工工地管控要求“{best.Name}”：{what}" +
                          (others.Count == 0 ? "" : $"；另见{string.Join("、", others.Select(o => Wording.Provisions.Name(o)))}");
        return new SiteRuling(best, best.Action == "wash" ? what : null, others, explanation);
    }

    private static int Strictness(string action) => action switch
    {
        "stop" => 4,
        "suspend-machinery" => 3,
        "wash" => 2,
        _ => 1,
    };
}
