namespace EmergencyDSS.Bench.Workload;

/// <summary>The workload source every benchmark and run uses.</summary>
internal static class BenchWorkloads
{
    public static WorkloadSource Source() => WorkloadSource.Reference();
}
