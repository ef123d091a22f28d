using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli.Commands;

/// <summary>
/// `dss bench`: our engine against hand-written C# and Microsoft RulesEngine on the same generated data.
/// `--quick` is the paired Chongqing-size comparison (about a minute) ending in the RATIO line; without it
/// the full BenchmarkDotNet suite runs over every size and the DSL and notice benchmarks (many minutes on 2 cores).
/// </summary>
internal sealed class BenchCommand : ICommand
{
    public string Name => "bench";
    public string Summary => "benchmark the engine against hand-written code and Microsoft RulesEngine";
    public string Usage => "[--quick [--size small|chongqing|province|national] [--seconds N] [--reference]] [--filter PATTERN]";
    public IReadOnlyList<string> ValueOptions => ["--filter", "--size", "--seconds"];
    /// <summary>`--reference`: the quick run on the reference plan built in C# (bench/Workload/ReferencePlan.cs) instead of
    /// the shipped ruleset.</summary>
    public IReadOnlyList<string> Flags => ["--quick", "--reference"];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(0, 0);
        List<string> arguments;
        if (args.Has("--quick"))
        {
            if (args.Value("--filter") is not null) throw new UsageException("--filter selects BenchmarkDotNet benchmarks; it does not go with --quick");
            var seconds = args.Int("--seconds", 45);
            if (seconds < 1) throw new UsageException("--seconds needs a positive number");
            arguments = ["quick", "--size", args.Value("--size") ?? "chongqing", "--seconds", seconds.ToString()];
            if (args.Has("--reference")) arguments.Add("--reference");
        }
        else
        {
            if (args.Value("--size") is not null || args.Value("--seconds") is not null || args.Has("--reference"))
                throw new UsageException("--size, --seconds and --reference go with --quick");
            context.Error.WriteLine("dss bench: the full BenchmarkDotNet suite (engine vs peers at four sizes, DSL, notices) takes many minutes on 2 cores; `dss bench --quick` about 1½");
            arguments = ["--filter", args.Value("--filter") ?? "*"];
        }
        return BenchProject.Locate(context).BuildAndRun(arguments, context);
    }
}
