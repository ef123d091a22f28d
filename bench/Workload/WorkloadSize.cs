namespace EmergencyDSS.Bench.Workload;

/// <summary>A point on the size curves: enterprises on the reduction list and districts in the forecast.</summary>
internal sealed record WorkloadSize(string Name, int Enterprises, int Districts)
{
    public static readonly WorkloadSize Small = new("small", 1_000, 41);
    /// <summary>Chongqing 2024: 15,539 enterprises in 41 districts (domain.md §7).</summary>
    public static readonly WorkloadSize Chongqing = new("chongqing", 15_539, 41);
    public static readonly WorkloadSize Province = new("province", 100_000, 560);
    public static readonly WorkloadSize National = new("national", 500_000, 2_800);

    public static readonly IReadOnlyList<WorkloadSize> Curve = [Small, Chongqing, Province, National];

    public override string ToString() => Name;
}
