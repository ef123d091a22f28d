using EmergencyDSS.Bench.Peers.Handwritten;
using EmergencyDSS.Bench.Workload;

namespace EmergencyDSS.Bench.Tests.Peers;

/// <summary>The hand-written peer against the verified cement table (domain.md §4) and the precedence rules.</summary>
public sealed class HandwrittenMeasureTests
{
    private static readonly HandwrittenPlan Plan = new(ReferencePlan.Build());

    [Theory]
    [InlineData("yellow", "cement-A", "self")]
    [InlineData("yellow", "cement-B", "none + ban (min 国五)")]
    [InlineData("yellow", "cement-C", "limit 50% of lines + ban (min 国五)")]
    [InlineData("yellow", "cement-D", "stop + no-road")]
    [InlineData("orange", "cement-B", "limit 20% of output + ban (min 国五)")]
    [InlineData("orange", "cement-C", "stop + ban (min 国五)")]
    [InlineData("red", "cement-B", "stop + ban (min 国五)")]
    [InlineData("yellow", "glass-B", "none")]
    [InlineData("yellow", "other-C", "none")]
    [InlineData("orange", "glass-B", "limit 10% of output")]
    [InlineData("orange", "glass-B-bulk", "limit 10% of output + ban (min 国五)")]
    [InlineData("yellow", "glass-D-bulk", "limit 30% of output + ban (min 国五)")]
    [InlineData("orange", "other-C", "limit 10% of output")]
    [InlineData("orange", "other-A", "none")]
    [InlineData("orange", "cement-D-livelihood", "exempt + no-road")]
    [InlineData("orange", "cement-D-own", "limit 60% of output + no-road")]
    [InlineData("yellow", "cement-D-own", "stop + no-road")]
    public void Cement_LevelAndGrade_GetsTableMeasure(string level, string enterprise, string expected)
    {
        int[] aqi = level switch
        {
            "yellow" => [80, 210, 90, 80, 80, 80, 80],
            "orange" => [80, 220, 230, 90, 80, 80, 80],
            _ => [80, 220, 310, 230, 80, 80, 80],
        };
        var decisions = Plan.Evaluate(Scenario.Forecast(aqi), Scenario.Enterprises());

        var measure = Assert.Single(decisions.Measures, m => m.Enterprise == enterprise);
        Assert.Equal(level, measure.Level);
        Assert.EndsWith(expected, measure.ToString());
        Assert.DoesNotContain(decisions.Measures, m => m.Enterprise == "elsewhere");
    }

    [Fact]
    public void Cement_StaggerPeriodOverlapsYellow_StaggerBeatsNone()
    {
        var decisions = Plan.Evaluate(Scenario.Forecast(80, 80, 80, 210, 80, 80, 80), Scenario.Enterprises());

        var measure = Assert.Single(decisions.Measures, m => m.Enterprise == "cement-B");
        Assert.EndsWith("stagger + ban (min 国五)", measure.ToString());
    }
}
