using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Engine.Tests.Wording;

/// <summary>The wording catalogue: provisions, measures and set-aside reasons as a bureau writes them.</summary>
public class WordingCatalogueTests
{
    [Theory]
    [InlineData("table:水泥熟料[C]/orange", "水泥熟料行业C级企业橙色预警措施")]
    [InlineData("table:陶瓷[A,引领性]/red", "陶瓷行业A级、引领性企业红色预警措施")]
    [InlineData("table:非重点行业[非重点]/yellow", "非重点行业非重点企业黄色预警措施")]
    [InlineData("一厂一策:915001007474817001/red", "本企业“一厂一策”红色预警措施")]
    [InlineData("livelihood", "民生保障类企业管控要求")]
    [InlineData("transport:大宗物料运输", "运输管控要求“大宗物料运输”")]
    [InlineData("construction:土石方停工（重点工程豁免）", "施工工地管控要求“土石方停工”（重点工程豁免）")]
    [InlineData("rule:江北机场航线优化", "专项要求“江北机场航线优化”")]
    [InlineData("table:none", "应急减排措施表（本级别不要求停限产）")]
    public void Name_ReadsAsTheProvision(string rule, string expected) => Assert.Equal(expected, Provisions.Name(rule));

    [Fact]
    public void Cite_NamesThePlan() =>
        Assert.Equal("《重庆市重污染天气应急预案（2024年修订）》水泥熟料行业C级企业橙色预警措施",
            Provisions.Cite("table:水泥熟料[C]/orange", "重庆市重污染天气应急预案（2024年修订）"));

    [Fact]
    public void SetAside_SaysStricterOnlyWhenTheTableContestWasWon()
    {
        Assert.Equal("按民生保障规定，不执行钢铁行业C级企业橙色预警措施", Provisions.SetAside("livelihood", ["table:钢铁[C]/orange"]));
        Assert.Equal("按本企业“一厂一策”执行，不再适用水泥熟料行业B级企业红色预警措施",
            Provisions.SetAside("一厂一策:X/red", ["table:水泥熟料[B]/red"]));
        Assert.Equal("按从严原则，优先于运输管控要求“大宗物料运输”",
            Provisions.SetAside("table:水泥熟料[B]/red", ["transport:大宗物料运输"]));
        Assert.Equal("", Provisions.SetAside("livelihood", []));
    }

    [Theory]
    [InlineData("ban", null, null, null, "国五", "禁止国四及以下排放标准的重型柴油货车运输")]
    [InlineData("limit", 50d, "lines", null, null, "停运50%生产线")]
    [InlineData("limit", 30d, "output", null, null, "限产30%")]
    [InlineData("exempt", null, null, "民生保障，以热定产", null, "按民生保障要求不实施停产，以热定产")]
    [InlineData("exempt", null, null, null, null, "按民生保障要求不实施停产")]
    public void Short_MeasureWording(string kind, double? percent, string? basis, string? reason, string? min, string expected) =>
        Assert.Equal(expected, MeasureWords.Short(kind, percent, basis, reason, min, null));

    [Fact]
    public void Full_LineLimitReadsTheSameAsShort_AndNeverSaysExemption()
    {
        Assert.Equal("停运50%生产线", MeasureWords.Full("limit", 50, "lines", null, null, null));
        Assert.DoesNotContain("豁免", MeasureWords.Full("exempt", null, null, "民生保障，以热定产", null, null), StringComparison.Ordinal);
        Assert.Equal("禁止国四及以下排放标准的重型柴油货车进出厂区（管控时段07:00-22:00）",
            MeasureWords.Full("ban", null, null, null, "国五", "07:00-22:00"));
    }

    [Theory]
    [InlineData("orange", "橙色预警")]
    [InlineData("red", "红色预警")]
    public void Level_IsColourAndWarning(string id, string expected) => Assert.Equal(expected, Terms.Level(id));

    [Fact]
    public void Wind_IsChinese() => Assert.Equal("东南偏南风", Terms.Wind("SSE"));
}
