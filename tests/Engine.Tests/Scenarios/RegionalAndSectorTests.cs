using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Scenarios;

/// <summary>Regional floors, traffic zones, rainfall requests and the airport rule.</summary>
public sealed class RegionalAndSectorTests
{
    [Fact]
    public void RegionalWarning_RaisesMemberDistricts_ButNotOutsiders()
    {
        var d = new Scenario()
            .Aqi("渝中区", "100 210 210 100").Aqi("江北区", "100 210 210 100").Aqi("南岸区", "100 210 210 100")
            .Aqi("北碚区", "100 120 120 100")   // member, clean itself
            .Aqi("万州区", "100 120 120 100")   // not a member
            .Run();
        var raised = d.Warnings.Single(w => w.District == "北碚区");
        Assert.Equal(("orange", "主城都市区"), (raised.Level, raised.Region));
        Assert.DoesNotContain(d.Warnings, w => w.District == "万州区");
        var regional = d.RegionalWarnings.Single();
        Assert.Equal(("主城都市区", "orange"), (regional.Region, regional.Level));
    }

    [Fact]
    public void RegionalWarning_NeedsEnoughDistricts()
    {
        var d = new Scenario().Aqi("渝中区", "100 210 210 100").Aqi("江北区", "100 210 210 100").Aqi("北碚区", "100 120 120 100").Run();
        Assert.DoesNotContain(d.Warnings, w => w.District == "北碚区");
        Assert.Empty(d.RegionalWarnings);
    }

    [Fact]
    public void TrafficZone_BansHighEmittersInItsDistricts_AtOrange_AndTheStandingTruckRuleIsNoWarningMeasure()
    {
        var d = new Scenario().Aqi("渝中区", "100 210 210 100").Run();
        var bans = d.Measures.Where(m => m.TargetKind == "zone").ToList();
        Assert.Contains(bans, b => b.Rule == "traffic:高排放车辆限行");
        Assert.DoesNotContain(bans, b => b.Rule == "traffic:国四柴油货车限行");
        Assert.Null(d.Standing); // 2024-12: before its effective date
    }

    [Fact]
    public void StandingTruckRule_IsInForceFromItsEffectiveDate_WithoutAWarning()
    {
        var day = new ForecastDay { District = "渝中区", Date = new DateOnly(2026, 7, 1), Aqi = 60, PrimaryPollutant = "PM2.5" };
        var forecast = new Forecast { IssuedAt = new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.FromHours(8)), Sha256 = "test", Days = [day] };
        var d = Plans.Chongqing2024.Evaluate(forecast, [], [], forecast.IssuedAt);
        Assert.Empty(d.Warnings);
        var standing = Assert.Single(d.Standing!);
        Assert.Equal(("traffic:国四柴油货车限行", "中心城区", new DateOnly(2026, 7, 1), "国五", "07:00-22:00"),
            (standing.Rule, standing.Zone, standing.Effective, standing.MinStandard, standing.Hours));
        Assert.Contains("常态管控", standing.Because);
    }

    [Fact]
    public void Rainfall_IsRequested_OnlyWhenTheWeatherHolds()
    {
        var d = new Scenario().Aqi("涪陵区", "100 210 210 100", day => day.Date.Day == 4 ? day with { Rh = 80, CloudCover = 70, PrecipProb = 40 } : day).Run();
        var request = d.RainfallRequests.Single();
        Assert.Equal((new DateOnly(2024, 12, 4), "重庆市气象局"), (request.Date, request.Requestee));
    }

    [Fact]
    public void Airport_IsToldToReroute_UnderSouthEastWindDuringAWarning()
    {
        var d = new Scenario().Aqi("渝北区", "100 210 210 100", day => day.Date.Day == 4 ? day with { WindDir = "SE" } : day).Run();
        var action = d.Measures.Single(m => m.TargetKind == "party");
        Assert.Equal(("重庆江北国际机场", new DateTimeOffset(2024, 12, 4, 0, 0, 0, TimeSpan.FromHours(8))), (action.Target, action.Start));
        Assert.Equal("优化起降航线，避开两路城区上空", action.Text);
    }

    [Fact]
    public void Airport_IsNotTold_WithoutAWarning()
    {
        var d = new Scenario().Aqi("渝北区", "100 100 100", day => day with { WindDir = "SE" }).Run();
        Assert.DoesNotContain(d.Measures, m => m.TargetKind == "party");
    }
}
