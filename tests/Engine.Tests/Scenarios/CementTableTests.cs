using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Scenarios;

/// <summary>Every cell of the verified cement clinker table (domain.md §4).</summary>
public sealed class CementTableTests
{
    private const string Yellow = "100 201 100 100 100";
    private const string Orange = "100 201 201 100 100";
    private const string Red = "100 201 301 201 100";

    [Theory]
    [InlineData("A", Yellow, "self", null, null, null)]
    [InlineData("A", Orange, "self", null, null, null)]
    [InlineData("A", Red, "self", null, null, null)]
    [InlineData("引领性", Red, "self", null, null, null)]
    [InlineData("B", Yellow, "none", null, "ban", "国五")]
    [InlineData("B", Orange, "limit", 20.0, "ban", "国五")]
    [InlineData("B", Red, "stop", null, "ban", "国五")]
    [InlineData("C", Yellow, "limit", 50.0, "ban", "国五")]
    [InlineData("C", Orange, "stop", null, "ban", "国五")]
    [InlineData("C", Red, "stop", null, "ban", "国五")]
    [InlineData("D", Yellow, "stop", null, "no-road", null)]
    [InlineData("D", Orange, "stop", null, "no-road", null)]
    [InlineData("D", Red, "stop", null, "no-road", null)]
    public void Cement_Cell(string grade, string aqi, string production, double? percent, string? transport, string? minStandard)
    {
        var d = new Scenario().Aqi("江津区", aqi).Enterprise("E1", "江津区", "水泥", grade).Run();
        var p = d.Measures.Single(m => m.Target == "E1" && m.Category == "production");
        Assert.Equal((production, percent), (p.Kind, p.Percent));
        var t = d.Measures.SingleOrDefault(m => m.Target == "E1" && m.Category == "transport");
        Assert.Equal((transport, minStandard), (t?.Kind, t?.MinStandard));
    }

    [Fact]
    public void CementC_Yellow_LimitsLines_AndExplainsTheCell()
    {
        var d = new Scenario().Aqi("江津区", Yellow).Enterprise("E1", "江津区", "水泥", "C").Run();
        var p = d.Measures.Single(m => m.Target == "E1" && m.Category == "production");
        Assert.Equal("lines", p.Basis);
        Assert.Equal("table:水泥熟料[C]/yellow", p.Rule);
        Assert.Contains("水泥行业C级企业，依据水泥熟料行业C级企业黄色预警措施：停运50%生产线，禁止国四及以下排放标准的重型柴油货车运输", p.Because);
        Assert.Contains("江津区预报 AQI：12月3日 201（PM2.5）", p.Because);
    }

    [Fact]
    public void MeasuresRunFromMidnightOfTheFirstDay_ToMidnightAfterTheLast()
    {
        var d = new Scenario().Aqi("江津区", Orange).Enterprise("E1", "江津区", "水泥", "D").Run();
        var p = d.Measures.Single(m => m.Target == "E1" && m.Category == "production");
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 0, 0, 0, TimeSpan.FromHours(8)), p.Start);
        Assert.Equal(new DateTimeOffset(2024, 12, 5, 0, 0, 0, TimeSpan.FromHours(8)), p.End);
    }

    [Fact]
    public void EnterpriseOutsideWarnedDistricts_GetsNothing()
    {
        var d = new Scenario().Aqi("江津区", Red).Aqi("万州区", "80 80 80 80 80").Enterprise("E2", "万州区", "水泥", "D").Run();
        Assert.DoesNotContain(d.Measures, m => m.Target == "E2");
    }
}
