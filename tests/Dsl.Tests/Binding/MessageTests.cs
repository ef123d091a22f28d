namespace EmergencyDSS.Dsl.Tests.Binding;

/// <summary>Error messages as exact strings: they are the product's voice to a bureau clerk.</summary>
public sealed class MessageTests
{
    private const string Header = "ruleset \"t\" {\n  version \"1\"\n  authority \"局\"\n  timezone \"Asia/Shanghai\"\n}\ndistricts { 渝北区 }\n";

    private static string[] Compile(string body) =>
        RulesetCompiler.CompileText(Header + body, "/tmp/t.dss").Diagnostics.Select(d => d.ToString()).ToArray();

    [Theory]
    [InlineData("level yellow \"黄\" { when aqi > 150 on 2 consecutive days }\nregion 主城 { 渝北 }",
        "t.dss:8:13: error DSS0101: district `渝北` is not declared; did you mean `渝北区`?")]
    [InlineData("level yellow \"黄\" { when aqi > 150 on 2 consecutive days with aqi > 200 on at least 3 days }",
        "t.dss:7:84: error DSS0204: at least 3 days out of a 2-day window can never happen")]
    [InlineData("level yellow \"黄\" { when aqi > 150 on 2 consecutive days }\nlevel yellow \"黄\" { when aqi > 150 on 2 consecutive days }",
        "t.dss:8:7: error DSS0005: level `yellow` is declared twice")]
    [InlineData("level yellow \"黄\" { when aqi >> 150 on 2 days }",
        "t.dss:7:30: error DSS0001: unexpected `>`; expected name or number")]
    public void Message_IsExact(string body, string expected) => Assert.Contains(expected, Compile(body));

    [Fact]
    public void EveryErrorInTheFile_IsReportedInOneRun()
    {
        var diagnostics = Compile("level yellow \"黄\" { when aqi >> 150 on 2 days }\nfoo bar\nregion 主城 { 渝北 }");
        Assert.Equal(["t.dss:7:30", "t.dss:8:1", "t.dss:9:13"], diagnostics.Select(d => d[..d.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public void MissingFile_IsAPositionedError()
    {
        var d = RulesetCompiler.CompileFile("/nonexistent/plan.dss").Diagnostics.Single();
        Assert.Equal("/nonexistent/plan.dss:1:1: error DSS0002: file `/nonexistent/plan.dss` cannot be read", d.ToString());
    }

    [Theory]
    [InlineData("limit 30% + ban trucks below 国五", 2)]
    [InlineData("停产", 1)]
    [InlineData("exempt \"民生\"", 1)]
    public void MeasureSyntax_ParsesOwnPlans(string text, int count) => Assert.Equal(count, MeasureSyntax.Parse(text).Measures!.Count);

    [Theory]
    [InlineData("limit 130%", 7, "130% is impossible; a percentage is 0–100")]
    [InlineData("ban trucks below 国七", 18, "`国七` is not an emission standard (国一 … 国六)")]
    [InlineData("stop + fly", 8, "unexpected `fly`; expected a measure (stop, limit N%, self, exempt, none, stagger, ban trucks below 国五, no-road)")]
    public void MeasureSyntax_RejectsWithAColumn(string text, int column, string error)
    {
        var parse = MeasureSyntax.Parse(text);
        Assert.Equal((null, error, column), (parse.Measures, parse.Error, parse.Column));
    }
}
