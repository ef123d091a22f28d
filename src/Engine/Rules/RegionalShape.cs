using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Actions;
using EmergencyDSS.Engine.Evaluation.Derived;
using NRules.RuleModel;

namespace EmergencyDSS.Engine.Rules;

/// <summary>
/// `regional:REGION`: the regions session's <see cref="RegionRun"/> joined with a collect aggregate of
/// the member districts' day levels (at least one present); the action computes the region's level per date.
/// </summary>
internal sealed class RegionalShape : RuleShape
{
    public RegionalShape(string name, RegionalWarningRule rule, HashSet<string> districts) : base(name, Stage.RegionalFloor, rule.Source)
    {
        Match<RegionRun>("run");
        Collect<DistrictLevels>("members", member => districts.Contains(member.District), members => members.Any());
        Then(Lambda<Action<IContext, RegionRun, IEnumerable<DistrictLevels>>>((ctx, run, members) => RegionalFloorAction.Fire(run, rule, members)));
    }
}
