using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Scenarios;

/// <summary>Livelihood exemptions, 一厂一策 overrides, conflicts, bulk transport, other industries.</summary>
public sealed class ExemptionAndOverrideTests
{
    private const string Red = "100 201 301 201 100";

    private static MeasureDecision Production(Scenario s, string id) => s.Run().Measures.Single(m => m.Target == id && m.Category == "production");

    [Fact]
    public void Livelihood_IsExempt_AndNamesTheTableItBeat()
    {
        var m = Production(new Scenario().Aqi("涪陵区", Red).Enterprise("E1", "涪陵区", "水泥", "D", e => e with { Livelihood = true }), "E1");
        Assert.Equal(("exempt", "livelihood", "民生保障，以热定产"), (m.Kind, m.Rule, m.Reason));
        Assert.Equal(["table:水泥熟料[D]/red"], m.Overrode);
        Assert.Contains("按民生保障规定，不执行水泥熟料行业D级企业红色预警措施", m.Because);
        Assert.DoesNotContain("从严", m.Because, StringComparison.Ordinal);
        Assert.DoesNotContain("豁免", m.Because, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnPlan_OverridesTheTable()
    {
        var own = new MeasureCell("red", [new Measure { Kind = MeasureKind.Limit, Percent = 40 }]);
        var m = Production(new Scenario().Aqi("涪陵区", Red).Enterprise("E1", "涪陵区", "水泥", "B", e => e with { OwnMeasures = [own] }), "E1");
        Assert.Equal(("limit", 40.0, "一厂一策:E1/red"), (m.Kind, m.Percent, m.Rule));
        Assert.Equal(["table:水泥熟料[B]/red"], m.Overrode);
        Assert.Contains("按本企业“一厂一策”执行，不再适用水泥熟料行业B级企业红色预警措施", m.Because);
        Assert.DoesNotContain("从严", m.Because, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnPlanForAnotherLevel_DoesNotApply()
    {
        var own = new MeasureCell("yellow", [new Measure { Kind = MeasureKind.Limit, Percent = 5 }]);
        var m = Production(new Scenario().Aqi("涪陵区", Red).Enterprise("E1", "涪陵区", "水泥", "B", e => e with { OwnMeasures = [own] }), "E1");
        Assert.Equal(("stop", "table:水泥熟料[B]/red"), (m.Kind, m.Rule));
    }

    [Fact]
    public void BulkTransport_GetsTheTransportRule_WhenTheCellHasNone()
    {
        var d = new Scenario().Aqi("涪陵区", Red).Enterprise("E1", "涪陵区", "陶瓷", "B", e => e with { BulkTransport = true }).Run();
        var t = d.Measures.Single(m => m.Target == "E1" && m.Category == "transport");
        Assert.Equal(("ban", "国五", "transport:大宗物料运输"), (t.Kind, t.MinStandard, t.Rule));
    }

    [Fact]
    public void Conflict_MostStringentTransportWins_AndTheLoserIsNamed()
    {
        // Grade D bulk transporter: the cell says no-road, the bulk rule says ban below 国五 → no-road wins.
        var d = new Scenario().Aqi("涪陵区", Red).Enterprise("E1", "涪陵区", "水泥", "D", e => e with { BulkTransport = true }).Run();
        var t = d.Measures.Single(m => m.Target == "E1" && m.Category == "transport");
        Assert.Equal("no-road", t.Kind);
        Assert.Contains("transport:大宗物料运输", t.Overrode);
    }

    [Fact]
    public void NonKeyIndustry_UsesTheDefaultTable()
    {
        var m = Production(new Scenario().Aqi("涪陵区", Red).Enterprise("E1", "涪陵区", "其他", "非重点"), "E1");
        Assert.Equal(("limit", 20.0, "table:非重点行业[非重点]/red"), (m.Kind, m.Percent, m.Rule));
    }

    [Fact]
    public void Sites_KeyProjectsAreExemptFromStoppage_ButStillWash()
    {
        var d = new Scenario().Aqi("涪陵区", Red).Site("S1", "涪陵区", "房建", "土石方").Site("S2", "涪陵区", "房建", "土石方", keyProject: true).Run();
        Assert.Equal(["stop", "suspend-machinery", "wash"], d.Measures.Where(m => m.Target == "S1").Select(m => m.Kind).Order(StringComparer.Ordinal));
        var key = d.Measures.Where(m => m.Target == "S2").ToList();
        var wash = Assert.Single(key);
        Assert.Equal(("wash", "每日冲洗不少于3次"), (wash.Kind, wash.Reason));
        Assert.Contains(wash.Overrode, o => o.Contains("重点工程豁免"));
    }
}
