using BenchmarkDotNet.Running;
using EmergencyDSS.Bench.Runs;
using EmergencyDSS.Bench.Workload;

namespace EmergencyDSS.Bench;

/// <summary>
/// `quick [--size NAME] [--seconds N]` runs the paired comparison that ends with the RATIO line;
/// `profile [SIZE]` prints a Stopwatch breakdown of the engine; `dsl [LINES...]` times parse + check;
/// `render [--seconds N]` times Scriban against the hand-built notice baseline; anything else goes to BenchmarkDotNet
/// (e.g. `--filter '*'`).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["profile", ..])
        {
            var profiled = args.Length > 1 ? WorkloadSize.Curve.First(s => s.Name == args[1]) : WorkloadSize.Chongqing;
            Profiling.EngineProfile.Run(Console.Out, BenchWorkloads.Source().At(profiled), rounds: 20);
            return 0;
        }
        if (args is ["dsl", ..])
        {
            Dsl.ParseCheckQuick.Run(Console.Out, args.Length > 1 ? args.Skip(1).Select(int.Parse).ToList() : [1_000, 10_000, 50_000]);
            return 0;
        }
        if (args is ["render", ..])
        {
            var renderSeconds = 30;
            if (args.Length != 1 && !(args is [_, "--seconds", var text] && int.TryParse(text, out renderSeconds) && renderSeconds > 0))
            {
                Console.Error.WriteLine($"bench render: expected `render [--seconds N]`, got `{string.Join(" ", args)}`");
                return 2;
            }
            return Notices.RenderQuick.Run(Console.Out, TimeSpan.FromSeconds(renderSeconds));
        }
        if (args is not ["quick", ..])
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
        var size = WorkloadSize.Chongqing;
        var seconds = 45;
        var source = BenchWorkloads.Source();
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--size" when WorkloadSize.Curve.FirstOrDefault(s => s.Name == value) is { } named: size = named; i++; break;
                case "--seconds" when int.TryParse(value, out var n) && n > 0: seconds = n; i++; break;
                // The reference plan built in C# (no ruleset text): the same comparison on a plan of its own.
                case "--reference": source = WorkloadSource.Reference(); break;
                default:
                    Console.Error.WriteLine($"bench quick: unexpected `{args[i]}` {value}; sizes: {string.Join(", ", WorkloadSize.Curve)}");
                    return 2;
            }
        }
        return QuickRun.Run(Console.Out, source, size, TimeSpan.FromSeconds(seconds));
    }
}
