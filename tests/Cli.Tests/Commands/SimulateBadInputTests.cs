using System.Text;

namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>Bad inputs exit 1 with a positioned message, no stack trace, and write nothing.</summary>
public sealed class SimulateBadInputTests : IDisposable
{
    private const string Header = "issued_at,district,date,aqi,primary_pollutant\n";
    private const string Enterprises = "id,name,district,industry,grade,so2_t,nox_t,pm_t,vocs_t\n91500000MA5U7L4U6Q,重庆甲水泥有限公司,渝北区,水泥,C,1,2,3,4\n";
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Code, string Err) Simulate(string forecast, string enterprises = Enterprises)
    {
        _cli.Write("forecast.csv", forecast);
        _cli.Write("enterprises.csv", enterprises);
        var (code, _, err) = _cli.Dss("simulate", "--ruleset", "chongqing-2024.dss", "--forecast", "forecast.csv", "--enterprises", "enterprises.csv", "--out", "out");
        Assert.False(Directory.Exists(Path.Combine(_cli.Dir, "out")), "a rejected input must write nothing");
        Assert.DoesNotContain("   at ", err);
        return (code, err.Trim());
    }

    private static string Row(string district, string date, string aqi) => $"2024-12-01T16:00:00+08:00,{district},{date},{aqi},PM2.5\n";

    [Theory]
    [InlineData("-5", "forecast.csv:2:4: AQI -5 is out of range 0–500")]
    [InlineData("NaN", "forecast.csv:2:4: AQI must be a whole number 0–500, not `NaN`")]
    [InlineData("1.5", "forecast.csv:2:4: AQI must be a whole number 0–500, not `1.5`")]
    public void BadAqi_IsRejectedWithItsPosition(string aqi, string expected)
    {
        var (code, err) = Simulate(Header + Row("渝北区", "2024-12-02", aqi));
        Assert.Equal((1, expected), (code, err));
    }

    [Fact]
    public void MissingColumn_IsNamed()
    {
        var (code, err) = Simulate("issued_at,district,date,primary_pollutant\n2024-12-01T16:00:00+08:00,渝北区,2024-12-02,PM2.5\n");
        Assert.Equal((1, "forecast.csv:1:1: required column `aqi` is missing"), (code, err));
    }

    [Fact]
    public void DuplicateDistrictDay_PointsAtTheSecond()
    {
        var (code, err) = Simulate(Header + Row("渝北区", "2024-12-02", "100") + Row("渝北区", "2024-12-02", "120"));
        Assert.Equal((1, "forecast.csv:3:3: 渝北区 2024-12-02 appears twice (first on row 2)"), (code, err));
    }

    [Fact]
    public void UnknownDistrict_SuggestsTheClosest()
    {
        var (code, err) = Simulate(Header + Row("渝北", "2024-12-02", "100"));
        Assert.Equal((1, "forecast.csv:2:2: district `渝北` is not in the ruleset's district list; did you mean `渝北区`?"), (code, err));
    }

    [Fact]
    public void MissingDayInsideASeries_IsRejectedAtTheDayAfterTheGap()
    {
        var (code, err) = Simulate(Header + Row("渝北区", "2024-12-02", "160") + Row("渝北区", "2024-12-04", "160") + Row("江北区", "2024-12-02", "60"));
        Assert.Equal((1, "forecast.csv:3:3: 渝北区 has no forecast for 2024-12-03 (between 2024-12-02 and 2024-12-04); a missing day would make the days around it count as consecutive — add the day, or end the series before it"), (code, err));
    }

    [Fact]
    public void ImpossibleDate_IsRejected()
    {
        var (code, err) = Simulate(Header + Row("渝北区", "2024-02-30", "100"));
        Assert.Equal((1, "forecast.csv:2:3: `2024-02-30` is not a real date (YYYY-MM-DD)"), (code, err));
    }

    [Fact]
    public void EmptyFile_IsRejected() => Assert.Equal((1, "forecast.csv:1:1: the file is empty; expected a header row"), Simulate(""));

    [Fact]
    public void BinaryGarbage_IsRejected()
    {
        _cli.WriteBytes("forecast.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFE, 0x00]);
        _cli.Write("enterprises.csv", Enterprises);
        var (code, _, err) = _cli.Dss("simulate", "--ruleset", "chongqing-2024.dss", "--forecast", "forecast.csv", "--enterprises", "enterprises.csv", "--out", "out");
        Assert.Equal((1, "forecast.csv:1:1: binary data (a NUL byte) where CSV text was expected"), (code, err.Trim()));
        Assert.False(Directory.Exists(Path.Combine(_cli.Dir, "out")));
    }

    [Fact]
    public void BadCreditCodeChecksum_IsRejected()
    {
        var (code, err) = Simulate(Header + Row("渝北区", "2024-12-02", "100"), Enterprises.Replace("6Q,", "6R,"));
        Assert.Equal((1, "enterprises.csv:2:1: credit code `91500000MA5U7L4U6R` fails its checksum (last character should be `Q`)"), (code, err));
    }

    [Fact]
    public void EveryProblemOfEveryFile_IsReportedInOneRun()
    {
        var (code, err) = Simulate(Header + Row("渝北", "2024-12-02", "-9"), Enterprises.Replace(",C,", ",E,"));
        Assert.Equal(1, code);
        Assert.Equal(3, err.Split('\n').Length);
    }

    [Fact]
    public void GbkEncodedInput_IsAccepted()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030");
        _cli.WriteBytes("forecast.csv", gbk.GetBytes(Header + Row("渝北区", "2024-12-02", "210")));
        _cli.WriteBytes("enterprises.csv", gbk.GetBytes(Enterprises));
        var (code, output, err) = _cli.Dss("simulate", "--ruleset", "chongqing-2024.dss", "--forecast", "forecast.csv", "--enterprises", "enterprises.csv", "--out", "out");
        Assert.True(code == 0, err);
        Assert.Contains("yellow", output);
        Assert.Contains("重庆甲水泥有限公司", File.ReadAllText(Path.Combine(_cli.Dir, "out", "decisions.json")));
    }
}
