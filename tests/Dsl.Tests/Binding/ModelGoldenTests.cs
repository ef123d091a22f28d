using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Tests.Support;

namespace EmergencyDSS.Dsl.Tests.Binding;

/// <summary>`dss compile --json` of every shipped ruleset, pinned: a change to the model shows up as a golden diff.</summary>
public sealed class ModelGoldenTests
{
    [Theory]
    [InlineData("chongqing-2024.dss")]
    [InlineData("chongqing-2022.dss")]
    [InlineData("delhi-grap.dss")]
    public void ShippedRuleset_CompilesCleanly_ToTheGoldenModel(string file)
    {
        var compilation = RulesetCompiler.CompileFile(Path.Combine(Golden.RepoRoot(), "rulesets", file));
        Assert.Empty(compilation.Diagnostics);
        Golden.Match(Path.Combine(Golden.CasesDir("Model"), Path.ChangeExtension(file, ".json")), RuleModelJson.Serialize(compilation.Model!) + "\n");
    }

    [Fact]
    public void Chongqing2024_EncodesTheNationalTriggersAndTheCementTable()
    {
        var model = RulesetCompiler.CompileFile(Path.Combine(Golden.RepoRoot(), "rulesets", "chongqing-2024.dss")).Model!;
        Assert.Equal(41, model.Districts.Count);
        Assert.Equal(["yellow", "orange", "red"], model.Levels.Select(l => l.Id));
        var cement = model.Tables.Single(t => t.Name == "水泥熟料");
        var c = cement.Rows.Single(r => r.Grades.SequenceEqual(["C"]));
        Assert.Equal(new Measure { Kind = MeasureKind.Limit, Percent = 50, Basis = LimitBasis.Lines }, c.Cells[0].Measures[0]);
        Assert.Equal(new Measure { Kind = MeasureKind.Ban, MinStandard = "国五" }, c.Cells[0].Measures[1]);
        Assert.Equal(["orange", "red"], model.Approvals.Single().Levels);
        Assert.Equal(["O3"], model.Episodes.AdvisoryOnlyPollutants);
    }
}
