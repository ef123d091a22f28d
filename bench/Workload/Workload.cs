using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Bench.Workload;

/// <summary>One generated input: the plan (with its district list widened to the size), a forecast, the
/// reduction list and sites, and the injected clock.</summary>
internal sealed record Workload(RuleModel Model, Forecast Forecast, IReadOnlyList<Enterprise> Enterprises,
    IReadOnlyList<Site> Sites, DateTimeOffset Now)
{
    public override string ToString() =>
        $"{Enterprises.Count:N0} enterprises, {Model.Districts.Count:N0} districts, {Forecast.Days.Count:N0} forecast rows";
}
