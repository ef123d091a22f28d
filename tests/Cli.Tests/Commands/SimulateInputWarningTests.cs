using System.Text.Json;

namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>Inputs that are usable but not as written: the run goes on, and each remark names its place.</summary>
public sealed class SimulateInputWarningTests : IDisposable
{
    private const string Header = "issued_at,district,date,aqi,primary_pollutant\n";
    private const string Enterprises = "id,name,district,industry,grade,so2_t,nox_t,pm_t,vocs_t\n91500000MA5U7L4U6Q,重庆甲水泥有限公司,渝北区,水泥,C,1,2,3,4\n";
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Code, string Err, JsonElement Decisions) Simulate(string forecast)
    {
        _cli.Write("forecast.csv", forecast);
        _cli.Write("enterprises.csv", Enterprises);
        var (code, _, err) = _cli.Dss("simulate", "--ruleset", "chongqing-2024.dss", "--forecast", "forecast.csv", "--enterprises", "enterprises.csv", "--no-notices", "--out", "out");
        Assert.DoesNotContain("   at ", err);
        var json = File.ReadAllText(Path.Combine(_cli.Dir, "out", "decisions.json"));
        return (code, err, JsonDocument.Parse(json).RootElement.Clone());
    }

    private static string Row(string issued, string date, string aqi) => $"{issued},渝北区,{date},{aqi},PM2.5\n";

    private static string[] Levels(JsonElement decisions) =>
        decisions.GetProperty("warnings").EnumerateArray().Select(w => $"{w.GetProperty("district").GetString()} {w.GetProperty("level").GetString()}").ToArray();

    [Fact]
    public void AqiAbove500_IsCountedAs500_WithAWarningNamingTheCell()
    {
        const string issued = "2024-12-01T16:00:00+08:00";
        var (code, err, decisions) = Simulate(Header + Row(issued, "2024-12-02", "523") + Row(issued, "2024-12-03", "480"));
        Assert.Equal(0, code);
        Assert.Contains("forecast.csv:2:4: warning: AQI 523 is above 500, the top of the HJ 633 scale; counted as 500", err);
        Assert.Equal(["渝北区 orange"], Levels(decisions));
    }

    [Fact]
    public void DayBeforeTheIssueDate_IsLeftOut_WithAWarning()
    {
        const string issued = "2024-12-01T16:00:00+08:00";
        var (code, err, decisions) = Simulate(Header + Row(issued, "2024-11-30", "260") + Row(issued, "2024-12-01", "60") + Row(issued, "2024-12-02", "70"));
        Assert.Equal(0, code);
        Assert.Contains("forecast.csv:2:3: warning: 2024-11-30 is before the forecast's issue date 2024-12-01; the row is left out", err);
        Assert.Empty(Levels(decisions));
    }

    [Fact]
    public void ForecastOutsideTheEffectivePeriod_Warns()
    {
        const string issued = "2015-12-01T16:00:00+08:00";
        var (code, err, decisions) = Simulate(Header + Row(issued, "2015-12-02", "260") + Row(issued, "2015-12-03", "90"));
        Assert.Equal(0, code);
        Assert.Contains("chongqing-2024.dss:1:1: warning: the forecast's days 2015-12-02 .. 2015-12-03 are outside the ruleset's effective period 2024-10-01 .. 2025-09-30", err);
        Assert.Equal(["渝北区 yellow"], Levels(decisions));
    }

    [Fact]
    public void ForecastInsideTheEffectivePeriod_HasNoRemark()
    {
        const string issued = "2024-12-01T16:00:00+08:00";
        var (code, err, _) = Simulate(Header + Row(issued, "2024-12-02", "60"));
        Assert.Equal((0, ""), (code, err.Trim()));
    }
}
