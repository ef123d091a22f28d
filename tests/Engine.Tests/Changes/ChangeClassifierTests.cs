using EmergencyDSS.Engine.Changes;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Changes;

/// <summary>Each change class between two forecasts, and the notice action it implies per target.</summary>
public sealed class ChangeClassifierTests
{
    private static DecisionSet Run(string aqi) => new Scenario().Aqi("渝北区", aqi).Enterprise("E1", "渝北区", "水泥", "C").Run();

    [Theory]
    [InlineData("100 100 100 100", "100 201 100 100", DistrictChangeKind.New)]
    [InlineData("100 201 100 100", "100 201 201 100", DistrictChangeKind.Upgraded)]
    [InlineData("100 201 201 100", "100 201 100 100", DistrictChangeKind.Downgraded)]
    [InlineData("100 201 100 100", "100 201 160 100", DistrictChangeKind.Extended)]
    [InlineData("100 201 160 100", "100 201 100 100", DistrictChangeKind.Shortened)]
    [InlineData("100 201 100 100", "100 100 100 100", DistrictChangeKind.Lifted)]
    [InlineData("100 201 100 100", "100 205 100 100", DistrictChangeKind.Unchanged)]
    public void District_IsClassified(string before, string after, DistrictChangeKind expected)
    {
        var change = ChangeClassifier.Classify(Run(before), Run(after)).Districts.Single();
        Assert.Equal(expected, change.Kind);
    }

    [Fact]
    public void FirstEvaluation_IssuesEveryMeasure()
    {
        var changes = ChangeClassifier.Classify(null, Run("100 201 201 100"));
        Assert.All(changes.Targets, t => Assert.Equal((NoticeAction.Issue, "issue"), (t.Action, t.Event)));
        Assert.Contains(changes.Targets, t => t.Target == "E1" && t.Category == "production");
    }

    [Fact]
    public void Upgrade_AmendsTheEnterpriseNotice()
    {
        var t = ChangeClassifier.Classify(Run("100 201 100 100"), Run("100 201 201 100")).Targets.Single(x => x.Target == "E1" && x.Category == "production");
        Assert.Equal((NoticeAction.Amend, "upgrade", "limit", "stop"), (t.Action, t.Event, t.Previous!.Kind, t.Current!.Kind));
    }

    [Fact]
    public void Lift_WithdrawsEveryNotice()
    {
        var targets = ChangeClassifier.Classify(Run("100 201 201 100"), Run("100 100 100 100")).Targets;
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Equal((NoticeAction.Withdraw, "lift"), (t.Action, t.Event)));
    }

    [Fact]
    public void SameForecast_ChangesNothing()
    {
        var changes = ChangeClassifier.Classify(Run("100 201 201 100"), Run("100 201 201 100"));
        Assert.Equal(DistrictChangeKind.Unchanged, changes.Districts.Single().Kind);
        Assert.Empty(changes.Targets);
    }

    [Fact]
    public void ZoneAcrossDistricts_IsTrackedPerDistrict()
    {
        // 中心城区 covers 渝中区 and 江北区; only 江北区 clears.
        var before = new Scenario().Aqi("渝中区", "100 210 210 100").Aqi("江北区", "100 210 210 100").Run();
        var after = new Scenario().Aqi("渝中区", "100 210 210 100").Aqi("江北区", "100 100 100 100").Run();
        var zones = ChangeClassifier.Classify(before, after).Targets.Where(t => t.TargetKind == "zone").ToList();
        Assert.NotEmpty(zones);
        Assert.All(zones, z => Assert.Equal(("江北区", NoticeAction.Withdraw), (z.District, z.Action)));
    }
}
