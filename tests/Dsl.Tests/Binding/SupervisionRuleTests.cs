using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Dsl.Tests.Binding;

/// <summary>The supervision and exposure list rules in English and Chinese spellings bind to the same model.</summary>
public sealed class SupervisionRuleTests
{
    private const string Header = "ruleset \"t\" {\n  version \"1\"\n  authority \"局\"\n  timezone \"Asia/Shanghai\"\n}\ndistricts { 渝北区 }\n" +
        "level yellow \"黄\" { when aqi > 200 on any day }\n";

    private static RuleModel Model(string body)
    {
        var compilation = RulesetCompiler.CompileText(Header + body, "/tmp/t.dss");
        Assert.Empty(compilation.Diagnostics);
        return compilation.Model!;
    }

    [Fact]
    public void English_BindsBothLists()
    {
        var model = Model("supervise after 2 violations within 365 days template \"templates/supervise.sbn\"\nexpose after 3 violations within 730 days counting partly\n");
        Assert.Equal(new SupervisionRule("supervise", 2, 365, false, "templates/supervise.sbn", model.Supervise!.Source), model.Supervise);
        Assert.Equal(new SupervisionRule("expose", 3, 730, true, null, model.Expose!.Source), model.Expose);
        Assert.Equal(8, model.Supervise.Source!.Line);
    }

    [Fact]
    public void Chinese_BindsTheSameAsEnglish()
    {
        var zh = Model("const 次数 = 2\n督企督办 累计 次数 次未落实 期限 365 天 计入 部分落实\n");
        Assert.Equal(("supervise", 2, 365, true), (zh.Supervise!.Kind, zh.Supervise.Violations, zh.Supervise.WithinDays, zh.Supervise.CountsPartly));
        Assert.Null(zh.Expose);
    }

    [Fact]
    public void WithoutTheLines_TheModelHasNoLists()
    {
        var model = Model("");
        Assert.Null(model.Supervise);
        Assert.Null(model.Expose);
    }

    [Fact]
    public void TemplateLeavingTheFolder_IsRefused()
    {
        var d = RulesetCompiler.CompileText(Header + "supervise after 2 violations within 365 days template \"../x.sbn\"\n", "/tmp/t.dss").Diagnostics.Single();
        Assert.Equal("DSS0013", d.Code);
    }
}
