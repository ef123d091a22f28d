using EmergencyDSS.Engine.Changes;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

/// <summary>
/// A yellow–gap–red forecast for 渝北区 (issue 10): the warning's later red segment is a planned upgrade
/// with notices of its own, in force from its first day; the yellow notices speak of yellow only.
/// </summary>
public sealed class LevelStepNoticeTests
{
    private static readonly Lazy<DecisionSet> YellowGapRed = new(() =>
    {
        int[] aqi = [210, 120, 230, 310, 240];
        var days = aqi.Select((v, i) => new ForecastDay
        {
            District = "渝北区", Date = new DateOnly(2024, 12, 2).AddDays(i), Aqi = v, PrimaryPollutant = "PM2.5", WindDir = "N",
        }).ToList();
        var cement = new Enterprise
        {
            Id = "915001120000000043", Name = "渝北水泥C级企业", District = "渝北区", Industry = "水泥", Grade = "C",
            So2T = 10, NoxT = 20, PmT = 5, VocsT = 8,
        };
        var forecast = new Forecast { IssuedAt = Demo.IssuedAt, Sha256 = "test", Days = days };
        return CompiledPlan.Compile(Demo.Model).Evaluate(forecast, [cement], [], Demo.IssuedAt);
    });

    [Fact]
    public void LaterSegment_IsAPlannedUpgrade_WithItsOwnNotices()
    {
        var plans = NoticePlanner.Plan(YellowGapRed.Value);
        var warning = plans.Where(p => p.TargetKind == "warning").ToList();
        Assert.Equal([("issue", "yellow", 0), ("upgrade", "red", 1)], warning.Select(p => (p.Event, p.Level, p.Step)));
        Assert.Equal(new DateOnly(2024, 12, 4), warning[1].EffectiveFrom);
        Assert.Equal(("yellow", "red"), (warning[1].Previous!.Level, warning[1].Warning!.Level));

        var cement = plans.Where(p => p.Target == "915001120000000043").ToList();
        Assert.Equal([("issue", "limit"), ("upgrade", "stop")], cement.Select(p => (p.Event, p.Subject)));
        Assert.All(cement[0].Measures, m => Assert.Equal("yellow", m.Level));
        Assert.All(cement[1].Measures, m => Assert.Equal("red", m.Level));
        Assert.Equal(plans.Count, plans.Select(p => p.Key).Distinct().Count());
    }

    [Fact]
    public void RenderedNotices_SayEachSegmentsLevel_AndWhenTheUpgradeTakesEffect()
    {
        var batch = Render.Shared.Render(NoticePlanner.Plan(YellowGapRed.Value), YellowGapRed.Value);
        Assert.Empty(batch.Unbound);
        var cement = batch.Notices.Where(n => n.Target == "915001120000000043").OrderBy(n => n.Event, StringComparer.Ordinal).ToList();
        Assert.Equal(2, cement.Count);
        Assert.Contains("黄色预警", cement[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("红色预警", cement[0].Text, StringComparison.Ordinal);
        Assert.Contains("由黄色预警升级为红色预警", cement[1].Text, StringComparison.Ordinal);
        Assert.Contains("2024年12月4日", cement[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeOfTheLaterSegmentOnly_IsNoticed()
    {
        var current = YellowGapRed.Value;
        var previous = current with
        {
            Measures = current.Measures.Select(m => m.Level == "red" && m.Category == "production" ? m with { Kind = "limit", Percent = 50 } : m).ToList(),
        };
        var change = Assert.Single(ChangeClassifier.Classify(previous, current).Targets);
        Assert.Equal(("915001120000000043", NoticeAction.Amend), (change.Target, change.Action));
    }
    [Fact]
    public void ZoneNotice_CitesTheHighestSegmentsBasis_NotTheYellowDays()
    {
        var batch = Render.Shared.Render(NoticePlanner.Plan(YellowGapRed.Value), YellowGapRed.Value);
        var zone = Assert.Single(batch.Notices, n => n.TargetKind == "zone");
        var basis = zone.Text.Split('\n').Single(l => l.StartsWith("预警依据", StringComparison.Ordinal));
        Assert.Contains("2024年12月4日预测AQI 230", basis, StringComparison.Ordinal);
        Assert.EndsWith("达到红色预警启动条件。", basis, StringComparison.Ordinal);
        // 12月2日 (AQI 210) met the yellow conditions only.
        Assert.DoesNotContain("12月2日", basis, StringComparison.Ordinal);
    }

    [Fact]
    public void ZoneNotice_StatesARuleOncePerRunOfItsOwnPeriods()
    {
        var decisions = YellowGapRed.Value;
        var zoneMeasure = decisions.Measures.First(m => m.TargetKind == "zone");
        DateTimeOffset Day(int d) => new(2024, 12, d, 0, 0, 0, TimeSpan.FromHours(8));
        // A rule of one level only, in two districts of the zone, two days apart; the zone's all-level rule keeps the episode whole.
        var redOnly = new[] { ("渝北区", 2, 4), ("江北区", 5, 7) }
            .Select(x => zoneMeasure with { District = x.Item1, Level = "red", Rule = "traffic:单双号限行", Start = Day(x.Item2), End = Day(x.Item3) });
        var plans = NoticePlanner.Plan(decisions with { Measures = [.. decisions.Measures, .. redOnly] });
        var zone = Assert.Single(plans, p => p.TargetKind == "zone");
        Assert.Equal([(Day(2), Day(4)), (Day(5), Day(7))],
            zone.Measures.Where(m => m.Rule == "traffic:单双号限行").Select(m => (m.Start, m.End)));
        Assert.Single(zone.Measures, m => m.Rule == zoneMeasure.Rule);
    }
}
