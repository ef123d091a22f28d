using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of the `enterprise-measures` rule (Episode ⋈ DistrictEnterprises, one firing per
/// episode): one production measure per enterprise (livelihood, then its own 一厂一策 plan, then the
/// most stringent table cell or staggering period, pre-resolved in <see cref="Compilation.EnterpriseRulings"/>),
/// plus a transport measure where one applies. Losing rules are named in the decision.
/// </summary>
internal static class EnterpriseMeasureAction
{
    public static void Fire(SessionRun run, Episode episode, DistrictEnterprises district)
    {
        var cache = new EpisodeMeasureCache(episode, run.ProfileCount);
        var sink = run.SinkOf(episode.District);
        var tally = sink.Tally(episode);
        var decisions = new EnterpriseDecision[district.Enterprises.Length];
        for (var i = 0; i < decisions.Length; i++)
        {
            var decision = decisions[i] = Decide(episode, district.Enterprises[i], district.Profiles[i], run, cache);
            tally.Add(district, i, decision.CutFraction);
        }
        sink.Enterprises.Add((district, decisions));
    }

    /// <summary>Enterprises of one profile share one decision per episode; only own-plan enterprises are decided alone.</summary>
    private static EnterpriseDecision Decide(Episode episode, Enterprise e, int profile, SessionRun run, EpisodeMeasureCache cache)
    {
        if (episode.AdvisoryOnly) return cache.AdvisoryOnlyDecision();
        if (profile == ReductionIndex.OwnPlan) return new EnterpriseDecision(episode, run.Plan.Rulings.For(e, episode.Rank, episode.Start, episode.End));
        return cache[profile] ??= new EnterpriseDecision(episode, run.Rulings!.For(e, profile, episode));
    }
}
