using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Rules;

/// <summary>The rule model compiles into NRules rules named by the rule ids of decisions.json; constructs NRules cannot compile are positioned failures.</summary>
public sealed class RuleCompilationTests
{
    [Fact]
    public void ShippedRulesets_CompileIntoNRulesRulesNamedByTheirRuleIds()
    {
        foreach (var name in new[] { "chongqing-2024.dss", "chongqing-2022.dss", "delhi-grap.dss" })
            Assert.Empty(CompiledPlan.Check(Plans.Load(name)));
        var rules = Plans.Chongqing2024.RuleNames;
        Assert.Contains("level:orange", rules);
        Assert.Contains("regional:主城都市区", rules);
        Assert.Contains("episodes", rules);
        Assert.Contains("enterprise-measures", rules);
        Assert.Contains(rules, r => r.StartsWith("construction:", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("traffic:", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("rainfall:", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("rule:", StringComparison.Ordinal));
        Assert.Equal(rules.Count, rules.Distinct().Count());
    }

    [Fact]
    public void AConditionNRulesCannotCompile_IsAFailureAtTheConstructsPlace()
    {
        var model = Plans.Load("chongqing-2024.dss");
        var rainfall = model.Rainfall[0];
        // wind_dir is text: `wind_dir > 3` has no expression a rule condition can be compiled from.
        var bad = model with { Rainfall = [rainfall with { Weather = new Comparison("wind_dir", CompareOp.Gt, 3) }] };

        var failure = Assert.Single(CompiledPlan.Check(bad));

        Assert.Equal($"rainfall:{rainfall.Name}", failure.Rule);
        Assert.Equal(rainfall.Source, failure.Source);
        Assert.NotNull(failure.Source);
        Assert.Contains("wind_dir", failure.Message);
        var thrown = Assert.Throws<InvalidOperationException>(() => CompiledPlan.Compile(bad));
        Assert.Contains(failure.Source!.ToString(), thrown.Message);
    }

    [Fact]
    public void ATriggerOverAnUnknownField_IsAFailureAtItsLevel()
    {
        var model = Plans.Load("chongqing-2024.dss");
        var level = model.Levels.First(l => l.Trigger is not null);
        var bad = model with
        {
            Levels = [.. model.Levels.Select(l => l == level ? l with { Trigger = new WindowTrigger(1, new Comparison("visibility", CompareOp.Lt, 1)) } : l)],
        };

        var failure = Assert.Single(CompiledPlan.Check(bad));

        Assert.Equal($"level:{level.Id}", failure.Rule);
        Assert.Equal(level.Source, failure.Source);
    }
}
