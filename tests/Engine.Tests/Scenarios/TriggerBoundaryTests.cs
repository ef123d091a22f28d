using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Scenarios;

/// <summary>The national 2024 triggers at every boundary (domain.md §2), through the shipped ruleset.</summary>
public sealed class TriggerBoundaryTests
{
    private static string? Level(string aqi) =>
        new Scenario().Aqi("渝北区", aqi).Run().Warnings.SingleOrDefault()?.Level;

    [Theory]
    [InlineData("100 150 150 150 100", null)]          // exactly 150 is not "> 150"
    [InlineData("100 151 100 100 100", null)]          // one day > 150 is not enough
    [InlineData("100 151 151 100 100", "yellow")]      // 2 consecutive days > 150
    [InlineData("100 200 100 100 100", null)]          // exactly 200 is not "> 200"
    [InlineData("100 201 100 100 100", "yellow")]      // any day > 200
    [InlineData("100 151 100 151 100", null)]          // two single days > 150, not consecutive
    [InlineData("100 201 201 100 100", "orange")]      // 2 consecutive days > 200
    [InlineData("100 151 151 151 100", "orange")]      // 3 consecutive days > 150
    [InlineData("100 201 201 201 100", "orange")]      // 3 days > 200 but none > 300
    [InlineData("100 201 300 201 100", "orange")]      // exactly 300 is not "> 300"
    [InlineData("100 201 301 201 100", "red")]         // 3 days > 200 with one > 300
    [InlineData("100 301 301 100 100", "orange")]      // > 300 but only 2 days
    public void NationalTriggers_AtBoundaries(string aqi, string? expected)
        => Assert.Equal(expected, Level(aqi));

    [Fact]
    public void Yellow_SpansTheTriggeringDays()
    {
        var w = new Scenario().Aqi("渝北区", "100 160 170 100 100").Run().Warnings.Single();
        Assert.Equal((new DateOnly(2024, 12, 3), new DateOnly(2024, 12, 4)), (w.Start, w.End));
        Assert.Equal("level:yellow", w.Rule);
        Assert.Contains("12月3日 160（PM2.5）", w.Because);
    }

    [Fact]
    public void Gap_ShorterThanLiftPeriod_MergesAtStricterLevel()
    {
        // yellow (2 days > 150), one clean day (24 h < 36 h), orange (2 days > 200): one episode, orange.
        var w = new Scenario().Aqi("渝北区", "160 160 100 210 210 100 100").Run().Warnings.Single();
        Assert.Equal(("orange", new DateOnly(2024, 12, 2), new DateOnly(2024, 12, 6)), (w.Level, w.Start, w.End));
    }

    [Fact]
    public void Gap_OfTwoCleanDays_SeparatesEpisodes()
    {
        var warnings = new Scenario().Aqi("渝北区", "160 160 100 100 210 100 100").Run().Warnings;
        Assert.Equal(["yellow", "yellow"], warnings.Select(w => w.Level));
        Assert.Equal(new DateOnly(2024, 12, 6), warnings[1].Start);
    }

    [Fact]
    public void Orange_NeedsApproval_AndIsIssuedAheadOfTime()
    {
        var w = new Scenario().Aqi("渝北区", "100 100 210 210 100").Run().Warnings.Single();
        Assert.Equal("重庆市人民政府", w.Approver);
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 0, 0, 0, TimeSpan.FromHours(8)), w.IssueBy);
    }

    [Fact]
    public void WarningStartingTomorrow_IsIssuedNow_NotInThePast()
    {
        var w = new Scenario().Aqi("渝北区", "210 100 100").Run().Warnings.Single();
        Assert.Equal(Scenario.IssuedAt, w.IssueBy);
        Assert.Null(w.Approver);
    }

    [Fact]
    public void OzoneEpisode_IsAdvisoryOnly()
    {
        var d = new Scenario().Aqi("渝北区", "210o 210o 100").Enterprise("E1", "渝北区", "水泥", "D").Run();
        var w = d.Warnings.Single();
        Assert.True(w.AdvisoryOnly);
        var m = d.Measures.Single(x => x.Target == "E1");
        Assert.Equal(("production", "none"), (m.Category, m.Kind));
        Assert.Contains(d.Advisories, a => a.Kind == "fireworks");
    }
}
