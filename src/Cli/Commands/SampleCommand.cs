using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Engine.Sampling;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss sample`: a synthetic reduction list, construction sites and forecast scenarios; with --season, a winter of daily issues.</summary>
internal sealed class SampleCommand : ICommand
{
    public string Name => "sample";
    public string Summary => "generate a realistic synthetic reduction list, sites and forecast scenarios (--season: a winter of daily forecast issues)";
    public string Usage => "[--enterprises N] [--sites N] [--seed S] [--season [--days N]] --out DIR";
    public IReadOnlyList<string> ValueOptions => ["--enterprises", "--sites", "--seed", "--days", "--out"];
    public IReadOnlyList<string> Flags => ["--season"];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(0, 0);
        var enterprises = args.Int("--enterprises", 15539);
        var sites = args.Int("--sites", 2000);
        if (enterprises < 1 || sites < 0) throw new UsageException("--enterprises must be at least 1 and --sites at least 0");
        if (args.Value("--days") is not null && !args.Has("--season")) throw new UsageException("--days goes with --season");
        var days = args.Int("--days", 90);
        if (days is < 1 or > 365) throw new UsageException("--days must be 1 to 365");
        var outDir = context.Resolve(args.Required("--out"));
        var seed = args.Int("--seed", 2024);
        SampleGenerator.Write(outDir, enterprises, seed, sites);
        context.Out.WriteLine($"wrote {enterprises} enterprises, {sites} sites and forecasts ({string.Join(", ", SampleGenerator.Scenarios)}) to {args.Required("--out")}");
        if (args.Has("--season"))
        {
            var names = SampleGenerator.WriteSeason(Path.Combine(outDir, "season"), days, seed);
            context.Out.WriteLine($"wrote {names.Count} daily forecast issues ({names[0]} … {names[^1]}) to {Path.Combine(args.Required("--out"), "season")}");
        }
        return 0;
    }
}
