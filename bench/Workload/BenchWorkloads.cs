namespace EmergencyDSS.Bench.Workload;

/// <summary>The workload source every benchmark and run uses: the shipped Chongqing 2024 ruleset.</summary>
internal static class BenchWorkloads
{
    public static WorkloadSource Source()
    {
        var path = RulesetLocator.Find();
        return new WorkloadSource(RulesetLocator.Compile(path), RulesetLocator.Chongqing);
    }
}
