using EmergencyDSS.Dsl;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Scenarios;

/// <summary>
/// Reduction accounting after the 2019 rule: the cut is measured against the district's whole-society
/// emissions (全社会排放总量) where the ruleset gives them; an ozone (advisory-only) episode asks for no
/// cut, so its district is never flagged as short.
/// </summary>
public sealed class WholeSocietyAccountingTests
{
    private const string Red = "100 201 301 201 100";

    /// <summary>The shipped chongqing-2024 plan with 涪陵区's whole-society totals added.</summary>
    private static readonly Lazy<CompiledPlan> WithTotals = new(() =>
    {
        var path = Path.Combine(Plans.RepoRoot(), "rulesets", "chongqing-2024.dss");
        var text = File.ReadAllText(path) + "\nemissions {\n  涪陵区: SO2 100, NOx 400, PM 50, VOCs 200\n}\n";
        var compilation = RulesetCompiler.CompileText(text, path);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return CompiledPlan.Compile(compilation.Model!);
    });

    [Fact]
    public void StoppedCementWorks_AreMeasuredAgainstTheDistrictsWholeSocietyEmissions()
    {
        // A D-grade cement works stops at red: 10 t SO2 of the district's 100 t whole-society SO2 is 10 %.
        var decisions = new Scenario().Aqi("涪陵区", Red).Enterprise("E1", "涪陵区", "水泥", "D").Run(WithTotals.Value);

        var so2 = decisions.Reductions.Single(r => r.District == "涪陵区" && r.Pollutant == "SO2");
        Assert.Equal((100.0, 10.0, 0.1, "whole-society", (double?)10.0), (so2.BaselineT, so2.CutT, so2.Ratio, so2.Basis, so2.ListedT));
        Assert.False(so2.Met); // red asks for 30 % of the whole society, not of the listed works
    }

    [Fact]
    public void WithoutTotals_TheListedEnterprisesAreTheBaseline()
    {
        var decisions = new Scenario().Aqi("涪陵区", Red).Enterprise("E1", "涪陵区", "水泥", "D").Run();

        var so2 = decisions.Reductions.Single(r => r.District == "涪陵区" && r.Pollutant == "SO2");
        Assert.Equal((10.0, 10.0, 1.0, (string?)null, (double?)null), (so2.BaselineT, so2.CutT, so2.Ratio, so2.Basis, so2.ListedT));
        Assert.True(so2.Met);
    }

    [Fact]
    public void OzoneEpisode_IsNotAccounted_SoItsDistrictIsNeverShort()
    {
        var decisions = new Scenario().Aqi("涪陵区", "100 201o 301o 201o 100").Enterprise("E1", "涪陵区", "水泥", "D").Run(WithTotals.Value);

        Assert.Contains(decisions.Warnings, w => w.District == "涪陵区" && w.AdvisoryOnly);
        Assert.DoesNotContain(decisions.Reductions, r => r.District == "涪陵区");
    }
}
