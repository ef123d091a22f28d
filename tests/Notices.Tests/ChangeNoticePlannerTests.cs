using EmergencyDSS.Engine.Changes;
using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

public class ChangeNoticePlannerTests
{
    [Fact]
    public void FirstRun_IssuesEveryNotice()
    {
        var plans = ChangeNoticePlanner.Plan(null, Demo.Decisions, ChangeClassifier.Classify(null, Demo.Decisions));
        Assert.Equal(NoticePlanner.Plan(Demo.Decisions).Select(p => p.Key), plans.Select(p => p.Key));
    }

    [Fact]
    public void SameDecisionsAgain_NoNotices()
    {
        var plans = ChangeNoticePlanner.Plan(Demo.Decisions, Demo.Decisions, ChangeClassifier.Classify(Demo.Decisions, Demo.Decisions));
        Assert.Empty(plans);
    }

    [Fact]
    public void DistrictCleared_LiftsItsWarningAndTargets_FromThePreviousDecisions()
    {
        var previous = Demo.Decisions;
        var current = previous with
        {
            Warnings = previous.Warnings.Where(w => w.District != "江北区").ToList(),
            Measures = previous.Measures.Where(m => m.District != "江北区").ToList(),
            Advisories = previous.Advisories.Where(a => a.District != "江北区").ToList(),
        };
        var plans = ChangeNoticePlanner.Plan(previous, current, ChangeClassifier.Classify(previous, current));
        Assert.NotEmpty(plans);
        Assert.All(plans, p => Assert.Equal(("江北区", "lift"), (p.District, p.Event)));
        Assert.Contains(plans, p => p.TargetKind == "warning");
        Assert.Contains(plans, p => p.Target == "91500105MA5U7PKG04");
        Assert.Contains(plans, p => p.TargetKind == "advisory");
        var batch = Render.Shared.Render(plans, current);
        Assert.Empty(batch.Unbound);
        Assert.All(batch.Notices, n => Assert.StartsWith("关于解除江北区", n.Title));
    }
}
