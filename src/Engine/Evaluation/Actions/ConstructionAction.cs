using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of a `construction:NAME` rule (Episode ⋈ DistrictSites, one firing per episode whose
/// level the rule lists): the sites for which this rule is the most stringent that applies
/// (<see cref="Compilation.SiteRulings"/>; the rules it beat are named in the decision).
/// </summary>
internal static class ConstructionAction
{
    public static void Fire(SessionRun run, ConstructionRule rule, Episode episode, DistrictSites sites)
    {
        foreach (var site in sites.Sites)
            if (run.Plan.SiteRulings.For(site, episode.Rank) is { } ruling && ReferenceEquals(ruling.Rule, rule))
                run.SinkOf(episode.District).Sites.Add(new SiteDecision(site, episode, ruling));
    }
}
