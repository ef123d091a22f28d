using EmergencyDSS.Cli.Commands;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>`dss explain --trace` prints the NRules firings behind a target from the trace.json simulate writes; NRules compile failures are positioned diagnostics.</summary>
public sealed class ExplainTraceTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void ExplainTrace_PrintsTheNRulesRulesThatFiredForTheTarget()
    {
        Assert.Equal(0, _cli.Dss("sample", "--enterprises", "400", "--sites", "50", "--seed", "7", "--out", "data").Code);
        var (code, _, err) = _cli.Dss("simulate", "--ruleset", "chongqing-2024.dss", "--forecast", "data/forecast-red.csv",
            "--enterprises", "data/enterprises.csv", "--no-notices", "--out", "out");
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(_cli.Dir, "out", "trace.json")));
        var json = File.ReadAllText(Path.Combine(_cli.Dir, "out", "decisions.json"));
        var id = System.Text.RegularExpressions.Regex.Match(json, "\"target\": \"(9[0-9A-Z]{17})\",[^}]*\"kind\": \"stop\"").Groups[1].Value;

        var (traced, output, _) = _cli.Dss("explain", "out/decisions.json", id, "--trace");

        Assert.Equal(0, traced);
        Assert.Contains("措施（生产管控）：停产", output);
        Assert.Contains($"firing trace (NRules) behind {id}:", output);
        Assert.Matches(@"\n  1\. level:(yellow|orange|red)\n", output);
        Assert.Matches(@"\n  \d+\. episodes\n", output);
        Assert.Matches(@"\n  \d+\. enterprise-measures\n", output);
        Assert.Contains("       episode: ", output);
        // Without --trace the output is what it was.
        Assert.DoesNotContain("firing trace", _cli.Dss("explain", "out/decisions.json", id).Out);
    }

    [Fact]
    public void ExplainTrace_WithoutTraceJson_IsAPositionedInputError()
    {
        Assert.Equal(0, _cli.Dss("sample", "--enterprises", "100", "--sites", "10", "--seed", "3", "--out", "data").Code);
        Assert.Equal(0, _cli.Dss("simulate", "--ruleset", "chongqing-2024.dss", "--forecast", "data/forecast-red.csv",
            "--enterprises", "data/enterprises.csv", "--no-notices", "--out", "out").Code);
        var json = File.ReadAllText(Path.Combine(_cli.Dir, "out", "decisions.json"));
        var id = System.Text.RegularExpressions.Regex.Match(json, "\"target\": \"(9[0-9A-Z]{17})\"").Groups[1].Value;
        File.WriteAllText(Path.Combine(_cli.Dir, "out", "trace.json"), "{ \"firings\": [ oops");

        var (code, _, err) = _cli.Dss("explain", "out/decisions.json", id, "--trace");

        Assert.Equal(1, code);
        Assert.Matches(@"out/trace\.json:1:\d+: not a trace\.json", err);
        Assert.DoesNotContain("   at ", err);
        File.Delete(Path.Combine(_cli.Dir, "out", "trace.json"));
        Assert.Contains("out/trace.json: file not found", _cli.Dss("explain", "out/decisions.json", id, "--trace").Err);
    }

    [Fact]
    public void NRulesCompileFailure_IsADiagnosticAtTheConstructsPlace()
    {
        var failure = new RuleCompileFailure("rainfall:人工增雨作业", new SourceRef("chongqing-2024/sectors.dss", 41, 3), "`wind_dir` is not a numeric forecast field");

        var diagnostic = RuleFailures.Diagnostic(failure, "chongqing-2024.dss");

        Assert.Equal("chongqing-2024/sectors.dss:41:3: error DSS6001: `rainfall:人工增雨作业` cannot be compiled into an NRules rule: `wind_dir` is not a numeric forecast field", diagnostic.ToString());
        Assert.StartsWith("rulesets/chongqing-2024/sectors.dss:41:3: error DSS6001:", RuleFailures.Describe(failure, "rulesets/chongqing-2024.dss"));
    }

    [Fact]
    public void Check_CompilesEveryShippedRulesetIntoNRulesRules()
    {
        var (code, output, err) = _cli.Dss("check", "chongqing-2024.dss", "chongqing-2022.dss", "delhi-grap.dss");
        Assert.True(code == 0, output + err);
        Assert.DoesNotContain("DSS6001", output);
    }
}
