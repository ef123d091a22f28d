using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

public class TemplateBindingTests
{
    /// <summary>Every production/transport/site/zone/party kind the engine emits, plus the notice-only subjects.</summary>
    public static readonly string[] Subjects =
        ["warning", "stop", "limit", "self", "exempt", "none", "stagger", "ban", "no-road", "construction", "traffic", "advisory", "party"];

    [Fact]
    public void EveryMeasureKindAndEvent_OfTheShippedRuleset_HasABoundTemplate()
    {
        var (set, errors) = TemplateSet.Load(Demo.Model, Demo.RulesetDirectory);
        Assert.Empty(errors);
        var missing = (from s in Subjects from e in Render.Events where !set!.TryFind(e, s, out _, out _) select $"{e} of {s}")
            .Concat(set!.TryFind("issue", "rainfall", out _, out _) ? [] : ["issue of rainfall"]).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("issue")]
    [InlineData("upgrade")]
    [InlineData("downgrade")]
    [InlineData("extend")]
    [InlineData("lift")]
    public void DemoNotices_ForEveryEvent_AllHaveATemplate(string ev)
    {
        var batch = Render.DemoWith(ev);
        // Rainfall requests have only an issue: a request is a one-off letter (the engine's change set never amends one).
        Assert.All(batch.Unbound, u => Assert.Contains($"`{ev}` of `rainfall`", u));
        Assert.Equal(ev == "issue" ? 0 : 1, batch.Unbound.Count);
        Assert.NotEmpty(batch.Notices);
    }

    [Fact]
    public void Enterprise_ProductionNoneWithTransport_GetsTheTransportTemplate()
    {
        var plan = NoticePlanner.Plan(Demo.Decisions).Single(p => p.Target == "91500105MA5U7TRN06");
        Assert.Equal("ban", plan.Subject);
        Assert.Equal(2, plan.Measures.Count);
    }

    [Fact]
    public void Enterprise_StopAndBan_GetOneStopNoticeWithBothMeasures()
    {
        var plan = NoticePlanner.Plan(Demo.Decisions).Single(p => p.Target == "91500112MA5U7CEM01");
        Assert.Equal("stop", plan.Subject);
        Assert.Equal(["production", "transport"], plan.Measures.Select(m => m.Category).Order().ToArray());
    }
}
