using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Engine.Sampling;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss sample`: a synthetic reduction list, construction sites and forecast scenarios.</summary>
internal sealed class SampleCommand : ICommand
{
    public string Name => "sample";
    public string Summary => "generate a realistic synthetic reduction list, sites and forecast scenarios";
    public string Usage => "[--enterprises N] [--sites N] [--seed S] --out DIR";
    public IReadOnlyList<string> ValueOptions => ["--enterprises", "--sites", "--seed", "--out"];
    public IReadOnlyList<string> Flags => [];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(0, 0);
        var enterprises = args.Int("--enterprises", 15539);
        var sites = args.Int("--sites", 2000);
        if (enterprises < 1 || sites < 0) throw new UsageException("--enterprises must be at least 1 and --sites at least 0");
        var outDir = context.Resolve(args.Required("--out"));
        SampleGenerator.Write(outDir, enterprises, args.Int("--seed", 2024), sites);
        context.Out.WriteLine($"wrote {enterprises} enterprises, {sites} sites and forecasts ({string.Join(", ", SampleGenerator.Scenarios)}) to {args.Required("--out")}");
        return 0;
    }
}
