using EmergencyDSS.Engine.Output;
using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Scenarios;

/// <summary>Level schedules, ozone and regional floors (issue 10): each day carries its own level; ozone never raises a region.</summary>
public sealed class LevelScheduleTests
{
    [Fact]
    public void OneLevelEpisode_HasNoSchedule_AndWritesNoScheduleField()
    {
        var d = new Scenario().Aqi("渝北区", "100 230 240 100").Enterprise("915001120000000043", "渝北区", "水泥", "C").Run();
        Assert.Null(d.Warnings.Single().Schedule);
        Assert.DoesNotContain("\"schedule\"", DecisionsJson.Serialize(d), StringComparison.Ordinal);
        Assert.Single(d.Measures, m => m.Category == "production");
    }

    [Fact]
    public void GapDay_CarriesTheLowerNeighboursLevel_OnEitherSide()
    {
        // red (12-02..12-04), clean 12-05, yellow 12-06: the gap joins the yellow segment.
        var d = new Scenario().Aqi("渝北区", "230 310 240 120 210").Enterprise("915001120000000043", "渝北区", "水泥", "C").Run();
        var schedule = d.Warnings.Single().Schedule!;
        Assert.Equal([("red", 2, 4), ("yellow", 5, 6)], schedule.Select(s => (s.Level, s.Start.Day, s.End.Day)));
        var production = d.Measures.Where(m => m.Category == "production").ToList();
        Assert.Equal([("red", "stop", 2, 5), ("yellow", "limit", 5, 7)], production.Select(m => (m.Level, m.Kind, m.Start.Day, m.End.Day)));
    }

    [Fact]
    public void OzoneMember_UnderAPm25RegionalWarning_CarriesTheRegionsLevel_EvenAboveIt()
    {
        // 南岸区's own ozone red counts for nothing; the region's orange is what it carries out.
        var d = new Scenario().Aqi("渝中区", "230 240").Aqi("江北区", "230 240").Aqi("渝北区", "230 240").Aqi("南岸区", "230o 310o 240o")
            .Enterprise("915001120000000043", "南岸区", "水泥", "C").Run();
        var w = d.Warnings.Single(w => w.District == "南岸区");
        Assert.Equal(("orange", "regional:主城都市区", false), (w.Level, w.Rule, w.AdvisoryOnly));
        Assert.NotNull(w.Schedule); // orange under the region, then its own ozone day (advisory only)
        Assert.Contains(d.Measures, m => m.District == "南岸区" && m.Kind == "stop" && m.Level == "orange");
        Assert.DoesNotContain("条件：", w.Schedule![0].Because, StringComparison.Ordinal);
    }

    [Fact]
    public void OzoneDays_NeverCountTowardARegionalWarning()
    {
        var d = new Scenario().Aqi("渝中区", "230o 240o").Aqi("江北区", "230o 240o").Aqi("南岸区", "230o 240o").Aqi("渝北区", "60 55")
            .Enterprise("915001120000000043", "渝北区", "水泥", "C").Run();
        Assert.Empty(d.RegionalWarnings);
        Assert.DoesNotContain(d.Warnings, w => w.District == "渝北区");
        Assert.All(d.Warnings, w => Assert.True(w.AdvisoryOnly));
        Assert.DoesNotContain(d.Measures, m => m.Kind is "stop" or "limit");
    }
}
