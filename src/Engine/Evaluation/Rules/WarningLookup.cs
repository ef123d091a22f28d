using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>Warnings in force, read from the episodes in working memory (for `warning >= level` conditions).</summary>
internal sealed class WarningLookup(WorkingMemory memory, PlanContext plan) : IWarningLookup
{
    public int RankOn(string district, DateOnly date)
    {
        var rank = 0;
        foreach (var episode in memory.Facts<Episode>(district))
            if (episode.Start <= date && episode.End >= date && episode.Rank > rank) rank = episode.Rank;
        return rank;
    }

    public int RegionRankOn(string region, DateOnly date) =>
        plan.Model.Regions.FirstOrDefault(r => r.Name == region)?.Districts.Select(d => RankOn(d, date)).DefaultIfEmpty(0).Max() ?? 0;
}
