using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>Everything compiled once from the rule model that the rules read while firing. Immutable.</summary>
internal sealed class PlanContext
{
    public required RuleModel Model { get; init; }
    /// <summary>Levels by rank: index 0 is unused (no warning), 1 the mildest.</summary>
    public required LevelModel?[] LevelsByRank { get; init; }
    public required IReadOnlyDictionary<string, int> Ranks { get; init; }
    /// <summary>Compiled trigger per rank (null where a level has none).</summary>
    public required CompiledTrigger?[] Triggers { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> RegionsOfDistrict { get; init; }
    public required MeasureIndex Measures { get; init; }
    /// <summary>Enterprise conflict resolution, with rulings kept per profile and level.</summary>
    public EnterpriseRulings Rulings => _rulings ?? Keep(ref _rulings, new EnterpriseRulings(this));
    private EnterpriseRulings? _rulings;
    /// <summary>Construction rulings, kept per site profile and level.</summary>
    public SiteRulings SiteRulings => _siteRulings ?? Keep(ref _siteRulings, new SiteRulings(this));
    private SiteRulings? _siteRulings;

    /// <summary>Publishes the first one made (sessions may race to make it), so every session shares one cache.</summary>
    private static T Keep<T>(ref T? field, T made) where T : class => Interlocked.CompareExchange(ref field, made, null) ?? made;
    public required IReadOnlyList<(RainfallRule Rule, Func<ForecastDay, IWarningLookup?, bool> Weather)> Rainfall { get; init; }
    public required IReadOnlyList<(PartyRule Rule, Func<ForecastDay, IWarningLookup?, bool> When)> Parties { get; init; }
    public required HashSet<string> AdvisoryOnlyPollutants { get; init; }
    /// <summary>Industries that have a staggering calendar (an alpha filter for the staggering rules).</summary>
    public required HashSet<string> StaggeredIndustries { get; init; }

    public int MaxRank => LevelsByRank.Length - 1;

    public string LevelId(int rank) => LevelsByRank[rank]!.Id;

    /// <summary>Local midnight (or the policy's start time) of <paramref name="date"/> as an instant.</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>Whether measures at <paramref name="level"/> apply at an episode of <paramref name="rank"/> (cumulative stages include lower ones).</summary>
    public bool Applies(IReadOnlyList<string> levels, int rank)
    {
        foreach (var level in levels)
        {
            var r = Ranks.GetValueOrDefault(level);
            if (r == rank || (Model.Episodes.Cumulative && r > 0 && r < rank)) return true;
        }
        return false;
    }
}
