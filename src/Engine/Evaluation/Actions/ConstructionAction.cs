using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of a `construction:NAME` rule (Episode ⋈ DistrictSites, one firing per episode whose
/// level the rule lists): the sites that must follow this rule — every rule that applies to a site
/// gives its own measure, one per action (<see cref="Compilation.SiteRulings"/>; a rule of the same
/// action it beat, or that a site's label or key-project status set aside, is named in the decision).
/// </summary>
internal static class ConstructionAction
{
    public static void Fire(SessionRun run, ConstructionRule rule, Episode episode, DistrictSites sites)
    {
        foreach (var site in sites.Sites)
        foreach (var ruling in run.Plan.SiteRulings.For(site, episode.Rank))
            if (ReferenceEquals(ruling.Rule, rule))
                run.SinkOf(episode.District).Sites.Add(new SiteDecision(site, episode, ruling));
    }
}
