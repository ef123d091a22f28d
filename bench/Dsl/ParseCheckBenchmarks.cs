using BenchmarkDotNet.Attributes;
using EmergencyDSS.Dsl;

namespace EmergencyDSS.Bench.Dsl;

/// <summary>Parse + bind + check of generated rulesets (issue: 10,000 lines under 300 ms).</summary>
[MemoryDiagnoser]
public class ParseCheckBenchmarks
{
    private string _text = "";

    [Params(1_000, 10_000, 50_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = LargeRuleset.Generate(Lines);
        var compilation = RulesetCompiler.CompileText(_text, "/bench/generated.dss");
        if (compilation.HasErrors) throw new InvalidOperationException(string.Join("\n", compilation.Diagnostics.Take(5)));
    }

    [Benchmark]
    public int ParseAndCheck() => RulesetCompiler.CompileText(_text, "/bench/generated.dss").Model!.Tables.Count;
}
