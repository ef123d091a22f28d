using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Evaluation.Derived;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// The fact that stands for the evaluation in the regions session (which holds every district's
/// day levels, one small fact each): the plan, and where the regional rules put their results.
/// </summary>
internal sealed class RegionRun(PlanContext plan)
{
    public PlanContext Plan { get; } = plan;
    public List<RegionalWarningDecision> Warnings { get; } = [];
    /// <summary>Each regional rule's level per date, by rule.</summary>
    public List<(RegionalWarningRule Rule, RegionalLevel Level)> Levels { get; } = [];

    /// <summary>The regional levels that floor <paramref name="district"/>: its regions in plan order, each region's rules in plan order.</summary>
    public RegionalFloors FloorsOf(string district) => new(district,
        [.. (Plan.RegionsOfDistrict.GetValueOrDefault(district) ?? []).SelectMany(region =>
            Plan.Model.RegionalWarnings.Where(r => r.Region == region)
                .SelectMany(r => Levels.Where(l => ReferenceEquals(l.Rule, r)).Select(l => l.Level)))]);

    public override string ToString() => "区域";
}
