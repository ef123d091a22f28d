using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// Warnings in force in every district, read from the episodes the district sessions derived (for
/// `warning >= level` conditions of named-party rules): inserted into each session once all are known.
/// </summary>
internal sealed class WarningLookup(IReadOnlyDictionary<string, IReadOnlyList<Episode>> episodes, PlanContext plan) : IWarningLookup
{
    public int RankOn(string district, DateOnly date)
    {
        var rank = 0;
        foreach (var episode in episodes.GetValueOrDefault(district) ?? [])
            if (episode.Start <= date && episode.End >= date && episode.Rank > rank) rank = episode.Rank;
        return rank;
    }

    public int RegionRankOn(string region, DateOnly date) =>
        plan.Model.Regions.FirstOrDefault(r => r.Name == region)?.Districts.Select(d => RankOn(d, date)).DefaultIfEmpty(0).Max() ?? 0;

    public override string ToString() => $"生效预警 {episodes.Sum(e => e.Value.Count)} 个";
}
