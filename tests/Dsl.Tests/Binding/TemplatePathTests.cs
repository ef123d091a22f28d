namespace EmergencyDSS.Dsl.Tests.Binding;

/// <summary>`template` lines name files below the ruleset's folder, like includes; anything else is a positioned error.</summary>
public sealed class TemplatePathTests
{
    private const string Header = "ruleset \"t\" {\n  version \"1\"\n  authority \"局\"\n  timezone \"Asia/Shanghai\"\n}\ndistricts { 渝北区 }\n" +
        "level yellow \"黄\" { when aqi > 150 on 2 consecutive days }\n";

    private static string[] Compile(string path) =>
        RulesetCompiler.CompileText(Header + $"template 预警通知 \"{path}\" for issue of warning\n", "/tmp/t.dss")
            .Diagnostics.Select(d => d.ToString()).ToArray();

    [Theory]
    [InlineData("templates/../../../../etc/shadow")]
    [InlineData("../templates/warning.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("templates\\\\..\\\\..\\\\secret.sbn")]
    [InlineData("C:/secret.sbn")]
    [InlineData("templates//warning.sbn")]
    public void PathLeavingTheFolder_IsAPositionedError(string path)
    {
        var error = Assert.Single(Compile(path), d => d.Contains("DSS0013", StringComparison.Ordinal));
        Assert.StartsWith("t.dss:8:15: error DSS0013: template `", error);
    }

    [Theory]
    [InlineData("templates/warning.sbn")]
    [InlineData("warning.sbn")]
    [InlineData("templates/sub/预警.sbn")]
    public void PathBelowTheFolder_IsAccepted(string path) => Assert.DoesNotContain(Compile(path), d => d.Contains("DSS0013", StringComparison.Ordinal));
}
