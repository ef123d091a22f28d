namespace EmergencyDSS.Notices.Tests;

public class RuleCitationTests
{
    private static string Level(string id) => id switch { "orange" => "橙色预警", "red" => "红色预警", _ => id };

    [Theory]
    [InlineData("table:水泥熟料[C]/orange", "《水泥熟料》减排措施表C级“橙色预警”栏")]
    [InlineData("table:陶瓷[A,引领性]/red", "《陶瓷》减排措施表A、引领性级“红色预警”栏")]
    [InlineData("一厂一策:915001007474817001/red", "本企业“一厂一策”红色预警措施")]
    [InlineData("livelihood", "民生保障类企业豁免规定")]
    [InlineData("transport:大宗物料运输", "大宗物料运输管控规定“大宗物料运输”")]
    [InlineData("rule:江北机场航线优化", "专项规定“江北机场航线优化”")]
    public void Cite_RuleId_ReadsAsTheProvision(string rule, string expected) => Assert.Equal(expected, RuleCitation.Cite(rule, Level));
}
