using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Rules;
using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Rules;

/// <summary>The firing trace comes from NRules' session events: the rules that fired, in order, with the facts they matched.</summary>
public sealed class FiringTraceTests
{
    private static (DecisionSet Decisions, FiringTrace Trace) Run(Scenario scenario)
    {
        var trace = new FiringTrace();
        var decisions = Plans.Chongqing2024.Evaluate(scenario.Forecast, scenario.Enterprises, scenario.Sites, Scenario.IssuedAt, trace);
        return (decisions, trace);
    }

    [Fact]
    public void Trace_NamesTheNRulesRulesThatFired_InOrder_WithTheirFacts()
    {
        var (decisions, trace) = Run(new Scenario().Aqi("江津区", "100 210 210 100").Enterprise("E1", "江津区", "水泥", "C").Site("S1", "江津区", "房建", "土石方"));

        var firings = trace.Firings;
        Assert.All(firings, f => Assert.Contains(f.Rule, Plans.Chongqing2024.RuleNames));
        var order = firings.Select(f => f.Rule).ToList();
        Assert.True(order.IndexOf("level:orange") < order.IndexOf("episodes"));
        Assert.True(order.IndexOf("episodes") < order.IndexOf("enterprise-measures"));
        Assert.True(order.IndexOf("enterprise-measures") < order.IndexOf("accounting"));
        var level = firings.First(f => f.Rule == "level:orange");
        Assert.Equal(["江津区"], level.Districts);
        Assert.Contains(level.Facts, f => f.Name == "series" && f.Fact.StartsWith("江津区 4 天预报", StringComparison.Ordinal));
        var measures = firings.Single(f => f.Rule == "enterprise-measures");
        Assert.Contains(measures.Facts, f => f.Name == "episode" && f.Fact == "江津区 orange 2024-12-03 至 2024-12-04");
        Assert.Contains(measures.Facts, f => f.Name == "enterprises" && f.Fact == "江津区 1 家企业");
        var site = decisions.Measures.Where(m => m.TargetKind == "site").ToList();
        Assert.Equal(["stop", "suspend-machinery", "wash"], site.Select(m => m.Kind).Order(StringComparer.Ordinal));
        Assert.All(site, m => Assert.Contains(firings, f => f.Rule == m.Rule));
    }

    [Fact]
    public void Explainer_ListsTheFiringsBehindOneTarget()
    {
        var (decisions, trace) = Run(new Scenario().Aqi("江津区", "100 210 210 100").Aqi("万州区", "100 210 210 100")
            .Enterprise("E1", "江津区", "水泥", "C").Enterprise("E2", "万州区", "水泥", "C"));

        var lines = TraceExplainer.Explain(decisions, trace.Firings, "E1");

        Assert.Contains(lines, l => l.EndsWith(". level:orange", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(". episodes", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(". enterprise-measures", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("enterprises: 江津区 1 家企业", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("万州区", StringComparison.Ordinal));
        Assert.Empty(TraceExplainer.Explain(decisions, trace.Firings, "NO-SUCH-ID"));
    }

    [Fact]
    public void Trace_DoesNotChangeTheDecisions()
    {
        var scenario = new Scenario().Aqi("渝中区", "100 210 210 100").Aqi("江北区", "100 210 210 100").Aqi("南岸区", "100 210 210 100")
            .Aqi("北碚区", "100 120 120 100").Enterprise("E1", "北碚区", "水泥", "B");
        var plain = Output.DecisionsJson.Serialize(scenario.Run());
        var (traced, trace) = Run(scenario);
        Assert.Equal(plain, Output.DecisionsJson.Serialize(traced));
        var regional = trace.Firings.Single(f => f.Rule == "regional:主城都市区");
        Assert.Equal(["北碚区", "南岸区", "江北区", "渝中区"], regional.Districts.Order(StringComparer.Ordinal));
    }
}
