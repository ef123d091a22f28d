using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Dsl.Tests.Syntax;

/// <summary>Hostile nesting and byte-order marks: a positioned error or a clean parse, never a stack overflow.</summary>
public sealed class LimitTests
{
    private const string Header = "ruleset \"t\" {\n  version \"1\"\n  authority \"局\"\n  timezone \"Asia/Shanghai\"\n}\ndistricts { 渝北区 }\n";

    private static string[] Compile(string text) =>
        RulesetCompiler.CompileText(text, "/tmp/t.dss").Diagnostics.Select(d => d.ToString()).ToArray();

    private static string Level(string condition) => Header + $"level yellow \"黄\" {{ when ({condition}) on 2 consecutive days }}\n";

    [Theory]
    [InlineData("not ", 20_000)]
    [InlineData("非", 20_000)]
    [InlineData("(", 20_000)]
    [InlineData("not (", 10_000)]
    public void DeepNesting_IsAPositionedError(string opener, int times)
    {
        var closers = new string(')', opener.Count(c => c == '('));
        var condition = string.Concat(Enumerable.Repeat(opener, times)) + "aqi > 150" + string.Concat(Enumerable.Repeat(closers, times));
        var diagnostics = Compile(Level(condition));
        var deep = Assert.Single(diagnostics, d => d.Contains("DSS0012", StringComparison.Ordinal));
        Assert.StartsWith("t.dss:7:", deep);
        Assert.EndsWith($"error DSS0012: conditions nest deeper than {64} levels of parentheses and `not`", deep);
    }

    [Fact]
    public void NestingAtTheLimit_Compiles()
    {
        var condition = string.Concat(Enumerable.Repeat("not (", 31)) + "aqi > 150" + new string(')', 31);
        var compilation = RulesetCompiler.CompileText(Level(condition), "/tmp/t.dss");
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        Assert.Contains("aqi", RuleModelJson.Serialize(compilation.Model!), StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNestingInATriggerParenthesis_IsAPositionedError()
    {
        var text = Header + "level yellow \"黄\" { when " + new string('(', 20_000) + "aqi > 150 on 2 consecutive days" + new string(')', 20_000) + " }\n";
        Assert.Contains(Compile(text), d => d.StartsWith("t.dss:7:", StringComparison.Ordinal) && d.Contains("DSS0012", StringComparison.Ordinal));
    }

    [Fact]
    public void ByteOrderMark_IsAccepted_AndDoesNotShiftColumns()
    {
        var body = Level("aqi > 150");
        Assert.DoesNotContain(Compile("\uFEFF" + body), d => d.Contains("error", StringComparison.Ordinal));
        var broken = Compile("\uFEFFrulesett \"t\" {}").First();
        Assert.StartsWith("t.dss:1:1:", broken);
    }
}
