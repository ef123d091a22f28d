using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Bench.Workload;

/// <summary>Where the plan comes from (the shipped ruleset, or the C# reference plan) and the generated data at each size.</summary>
internal sealed class WorkloadSource(RuleModel model, string describe)
{
    public const int Seed = 2024;

    public RuleModel Model { get; } = model;
    public string Describe { get; } = describe;

    public static WorkloadSource Reference() => new(ReferencePlan.Build(), "reference plan built in C#");

    public Workload At(WorkloadSize size) => WorkloadGenerator.Generate(Model, size.Enterprises, size.Districts, Seed);

    public Workload Chongqing() => At(WorkloadSize.Chongqing);
}
