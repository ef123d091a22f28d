using System.Runtime.CompilerServices;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// A reduction list indexed once per version: sorted by id, grouped by district, and each enterprise
/// given a profile number — its (industry, grade, livelihood, bulk transport, heavy trucks a day), everything a table
/// decision depends on. The list changes seasonally while forecasts arrive twice a day, so
/// evaluations of the same list reuse the index.
/// </summary>
internal sealed class ReductionIndex
{
    /// <summary>Profile of an enterprise with its own plan (一厂一策): decided on its own.</summary>
    public const int OwnPlan = -1;

    private static readonly ConditionalWeakTable<IReadOnlyList<Enterprise>, ReductionIndex> Cache = [];

    public required IReadOnlyList<DistrictEnterprises> Districts { get; init; }

    /// <summary>The whole list in id order: <c>ById[rank]</c>.</summary>
    public required Enterprise[] ById { get; init; }

    /// <summary>The industry of each profile number.</summary>
    public required string[] ProfileIndustries { get; init; }

    public int ProfileCount => ProfileIndustries.Length;

    public static ReductionIndex For(IReadOnlyList<Enterprise> enterprises) => Cache.GetValue(enterprises, Build);

    private static ReductionIndex Build(IReadOnlyList<Enterprise> enterprises)
    {
        var sorted = enterprises.ToArray();
        var ids = sorted.Select(e => e.Id).ToArray();
        Array.Sort(ids, sorted, StringComparer.Ordinal);
        var profiles = new Dictionary<(string, string, bool, bool, int), int>();
        var byDistrict = new Dictionary<string, (List<Enterprise> Items, List<int> Ranks, List<int> Profiles)>(StringComparer.Ordinal);
        for (var rank = 0; rank < sorted.Length; rank++)
        {
            var e = sorted[rank];
            if (!byDistrict.TryGetValue(e.District, out var group)) byDistrict[e.District] = group = ([], [], []);
            group.Items.Add(e);
            group.Ranks.Add(rank);
            group.Profiles.Add(e.OwnMeasures.Count > 0 ? OwnPlan : ProfileOf(e, profiles));
        }
        return new ReductionIndex
        {
            ById = sorted,
            ProfileIndustries = [.. profiles.OrderBy(p => p.Value).Select(p => p.Key.Item1)],
            Districts = byDistrict.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new DistrictEnterprises(p.Key, [.. p.Value.Items], [.. p.Value.Ranks], [.. p.Value.Profiles],
                    [.. p.Value.Items.SelectMany(e => new[] { e.So2T, e.NoxT, e.PmT, e.VocsT })])).ToList(),
        };
    }

    private static int ProfileOf(Enterprise e, Dictionary<(string, string, bool, bool, int), int> profiles)
    {
        var key = (e.Industry, e.Grade, e.Livelihood, e.BulkTransport, e.HeavyTrucksPerDay);
        if (!profiles.TryGetValue(key, out var id)) profiles[key] = id = profiles.Count;
        return id;
    }
}
