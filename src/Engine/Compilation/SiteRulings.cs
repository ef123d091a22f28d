using System.Collections.Concurrent;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>A construction rule that a site profile must follow at a level, with the rules of the same action it beat and the explanation.</summary>
internal sealed record SiteRuling(ConstructionRule Rule, string? Reason, IReadOnlyList<string> Others, string Explanation);

/// <summary>
/// Every construction measure that applies to a site at a level, one per action (stop, suspend-machinery,
/// wash, sprinkle): an earthworks site at yellow stops that work and still washes its roads. Of two
/// rules with the same action the stricter wins (more washes a day; else the first written) and the
/// other is named. Key projects skip rules that exempt them; a site whose label a rule excepts (green
/// sites keep working) or that lacks a label the rule requires is not subject to it. A ruling depends
/// only on the site's kind, stage, key-project flag and label and the level, so it is made once and kept.
/// </summary>
internal sealed class SiteRulings(PlanContext plan)
{
    private readonly ConcurrentDictionary<(string Kind, string Stage, bool KeyProject, string? Label, int Rank), IReadOnlyList<SiteRuling>> _rulings = new();

    /// <summary>Empty when no construction rule applies to the site at this level; else one ruling per action, strictest first.</summary>
    public IReadOnlyList<SiteRuling> For(Site site, int rank) =>
        _rulings.GetOrAdd((site.Kind, site.Stage, site.KeyProject, site.Label, rank), static (k, rulings) => rulings.Rule(k.Kind, k.Stage, k.KeyProject, k.Label, k.Rank), this);

    private IReadOnlyList<SiteRuling> Rule(string kind, string stage, bool keyProject, string? label, int rank)
    {
        var best = new Dictionary<string, ConstructionRule>(StringComparer.Ordinal);
        var others = new List<string>();
        foreach (var rule in plan.Model.Construction)
        {
            if (!plan.Applies(rule.Levels, rank)) continue;
            if (rule.Kinds.Count > 0 && !rule.Kinds.Contains(kind)) continue;
            if (rule.Stages.Count > 0 && !rule.Stages.Contains(stage)) continue;
            if (rule.Labels.Count > 0 && (label is null || !rule.Labels.Contains(label))) continue;
            if (label is not null && rule.ExceptLabels.Contains(label))
            {
                others.Add($"construction:{rule.Name}（{label}色标志工地正常施工）");
                continue;
            }
            if (keyProject && rule.ExemptKeyProjects)
            {
                others.Add($"construction:{rule.Name}（重点工程豁免）");
                continue;
            }
            if (!best.TryGetValue(rule.Action, out var held)) best[rule.Action] = rule;
            else if ((rule.TimesPerDay ?? 0) > (held.TimesPerDay ?? 0))
            {
                others.Add($"construction:{held.Name}");
                best[rule.Action] = rule;
            }
            else others.Add($"construction:{rule.Name}");
        }
        var site = $"{kind}工地（{stage}阶段{(keyProject ? "，重点工程" : "")}{(label is null ? "" : $"，{label}色标志")}）";
        var also = others.Count == 0 ? "" : $"；另见{string.Join("、", others.Select(o => Wording.Provisions.Name(o)))}";
        return best.Values.OrderByDescending(r => Strictness(r.Action)).Select(rule =>
        {
            var what = What(rule);
            return new SiteRuling(rule, rule.Action == "wash" ? what : null, others,
                $"{site}，依据施工工地管控要求“{rule.Name}”：{what}{also}");
        }).ToList();
    }

    private static string What(ConstructionRule rule) => rule.Action switch
    {
        "wash" => $"每日冲洗不少于{rule.TimesPerDay}次",
        "stop" => "停工",
        "suspend-machinery" => "停用柴油非道路移动机械",
        _ => "洒水降尘",
    };

    private static int Strictness(string action) => action switch
    {
        "stop" => 4,
        "suspend-machinery" => 3,
        "wash" => 2,
        _ => 1,
    };
}
