using System.Diagnostics;
using EmergencyDSS.Dsl;

namespace EmergencyDSS.Bench.Dsl;

/// <summary>`dsl [LINES...]`: median parse + check time of generated rulesets, after warm-up.</summary>
internal static class ParseCheckQuick
{
    public static void Run(TextWriter output, IReadOnlyList<int> sizes)
    {
        foreach (var lines in sizes)
        {
            var text = LargeRuleset.Generate(lines);
            var actual = text.Count(c => c == '\n');
            var first = RulesetCompiler.CompileText(text, "/bench/generated.dss");
            if (first.HasErrors) throw new InvalidOperationException(string.Join("\n", first.Diagnostics.Take(5)));
            var times = new List<double>();
            var budget = Stopwatch.StartNew();
            while (times.Count < 5 || (times.Count < 30 && budget.Elapsed < TimeSpan.FromSeconds(15)))
            {
                var clock = Stopwatch.StartNew();
                RulesetCompiler.CompileText(text, "/bench/generated.dss");
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var parse = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                EmergencyDSS.Dsl.Syntax.RulesetParser.Parse("generated.dss", text);
                parse.Add(clock.Elapsed.TotalMilliseconds);
            }
            parse.Sort();
            output.WriteLine($"parse+check {actual,7} lines: median {times[times.Count / 2],8:0.0} ms (p25 {times[times.Count / 4]:0.0}, p75 {times[3 * times.Count / 4]:0.0}, n={times.Count}), {first.Model!.Tables.Count} tables, {text.Length / 1024} KiB; of which parsing {parse[2]:0.0} ms");
        }
    }
}
