namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>`dss test`: the shipped ruleset tests pass with coverage; a wrong expectation fails with a diff naming the test and the field.</summary>
public sealed class TestCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private const string Head = """
        ruleset "chongqing-2024.dss"

        test "C级水泥企业黄色预警"
          forecast issued 2024-12-01T16:00:00+08:00
            district, date, aqi, primary_pollutant
            渝北区, 2024-12-02, AQI, PM2.5
          enterprises
            id, name, district, industry, grade, so2_t, nox_t, pm_t, vocs_t
            91500000MA5U7L4U6Q, 重庆甲水泥有限公司, 渝北区, 水泥, C, 1, 2, 3, 4

        """;

    [Fact]
    public void ShippedRulesetTests_Pass_WithNinetyPercentCoverage()
    {
        var (code, output, error) = _cli.Dss("test", "tests", "--coverage", "--threshold", "90");
        Assert.True(code == 0, output + error);
        Assert.Contains("tests passed", output);
        foreach (var ruleset in new[] { "chongqing-2024.dss", "chongqing-2022.dss", "delhi-grap.dss" })
            Assert.Matches($@"coverage of {ruleset}: \d+ of \d+ \((9\d|100)%\)", output);
        Assert.Matches(@"\ncoverage: (9\d|100)%\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void RightExpectation_Passes()
    {
        _cli.Write("c.test", Head.Replace("AQI", "210") + "  expect measure 重庆甲水泥有限公司 limit 50%\n");
        var (code, output, _) = _cli.Dss("test", "c.test");
        Assert.Equal(0, code);
        Assert.Contains("  PASS  C级水泥企业黄色预警", output);
    }

    [Fact]
    public void Inspections_SuperviseAfterTwoEpisodes_WrongListExpectationShowsTheList_BadRowIsPositioned()
    {
        const string Inspections = """
              inspections
                credit_code, district, episode_start, outcome, inspected_at
                91500000MA5U7L4U6Q, 渝北区, 2024-11-03, partly, 2024-11-04T10:00:00+08:00
                91500000MA5U7L4U6Q, 渝北区, 2024-11-20, not_complied, 2024-11-21T10:00:00+08:00
                91500000MA5U7L4U6Q, 渝北区, 2024-11-20, not_complied, 2024-11-22T10:00:00+08:00

            """;
        _cli.Write("c.test", Head.Replace("AQI", "80") + Inspections + "  expect supervised 重庆甲水泥有限公司 2\n  expect exposed 91500000MA5U7L4U6Q\n");
        var (code, output, _) = _cli.Dss("test", "c.test");
        Assert.Equal(1, code);
        Assert.Equal("""
            c.test
              FAIL  C级水泥企业黄色预警
                    c.test:16: expect exposed 91500000MA5U7L4U6Q
                      - expected: exposed 91500000MA5U7L4U6Q
                      + actual:   nothing
            1 of 1 tests failed

            """, output.ReplaceLineEndings("\n"));

        _cli.Write("c.test", Head.Replace("AQI", "80") + Inspections.Replace("partly", "half") + "  expect supervised 重庆甲水泥有限公司\n");
        (code, output, _) = _cli.Dss("test", "c.test");
        Assert.Equal(1, code);
        Assert.Contains("c.test:12:42: outcome must be complied, partly or not_complied, not `half`", output);
    }

    [Fact]
    public void WrongExpectation_FailsWithADiffNamingTheTestAndTheField()
    {
        _cli.Write("c.test", Head.Replace("AQI", "210") + "  expect warning 渝北区 yellow\n  expect measure 重庆甲水泥有限公司 stop\n");
        var (code, output, _) = _cli.Dss("test", "c.test");
        Assert.Equal(1, code);
        Assert.Equal("""
            c.test
              FAIL  C级水泥企业黄色预警
                    c.test:11: expect measure 重庆甲水泥有限公司 stop
                      - expected: measure 重庆甲水泥有限公司 stop
                      + actual:   measure 91500000MA5U7L4U6Q limit 50% at yellow (table:水泥熟料[C]/yellow)
                                  measure 91500000MA5U7L4U6Q ban at yellow (table:水泥熟料[C]/yellow)
            1 of 1 tests failed

            """, output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void BadInlineRow_IsReportedAtItsPlaceInTheTestFile()
    {
        _cli.Write("c.test", Head.Replace("AQI", "high") + "  expect no warnings\n");
        var (code, output, _) = _cli.Dss("test", "c.test");
        Assert.Equal(1, code);
        Assert.Contains("c.test:6:22: AQI must be a whole number 0–500, not `high`", output);
    }

    [Fact]
    public void UnknownItem_IsPositioned_AndNothingRuns()
    {
        _cli.Write("c.test", Head.Replace("AQI", "210").Replace("  enterprises\n", "  enterprise\n") + "  expect no warnings\n");
        var (code, output, error) = _cli.Dss("test", "c.test");
        Assert.Equal(1, code);
        Assert.Contains("c.test:7:3: `enterprise` is not a test item", error);
        Assert.Contains("no test ran", output);
    }

    [Fact]
    public void CoverageBelowTheThreshold_Exits1()
    {
        _cli.Write("c.test", Head.Replace("AQI", "210") + "  expect warning 渝北区 yellow\n");
        var (code, output, _) = _cli.Dss("test", "c.test", "--threshold", "90");
        Assert.Equal(1, code);
        Assert.Contains("below the threshold of 90%", output);
        Assert.Contains("  not exercised: level:red", output);
    }
}
