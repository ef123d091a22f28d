using System.Runtime.CompilerServices;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// A reduction list indexed once per version: grouped by district and sorted by id. The list changes
/// seasonally while forecasts arrive twice a day, so evaluations of the same list reuse the index.
/// </summary>
internal sealed class ReductionIndex
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Enterprise>, ReductionIndex> Cache = [];

    public required IReadOnlyList<DistrictEnterprises> Districts { get; init; }

    public static ReductionIndex For(IReadOnlyList<Enterprise> enterprises) => Cache.GetValue(enterprises, Build);

    private static ReductionIndex Build(IReadOnlyList<Enterprise> enterprises)
    {
        var sorted = enterprises.ToArray();
        var ids = sorted.Select(e => e.Id).ToArray();
        Array.Sort(ids, sorted, StringComparer.Ordinal);
        var byDistrict = new Dictionary<string, (List<Enterprise> Items, List<int> Ranks)>(StringComparer.Ordinal);
        for (var rank = 0; rank < sorted.Length; rank++)
        {
            var e = sorted[rank];
            if (!byDistrict.TryGetValue(e.District, out var group)) byDistrict[e.District] = group = ([], []);
            group.Items.Add(e);
            group.Ranks.Add(rank);
        }
        return new ReductionIndex
        {
            Districts = byDistrict.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new DistrictEnterprises(p.Key, [.. p.Value.Items], [.. p.Value.Ranks])).ToList(),
        };
    }
}
