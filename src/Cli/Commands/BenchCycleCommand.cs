using System.Globalization;
using EmergencyDSS.Cli.Bench;
using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli.Commands;

/// <summary>
/// `dss bench-cycle`: the scheduler's Chongqing-size cycle (forecast upload → approval → every notice in the
/// file outbox) on PostgreSQL, each run on a fresh database, with one server or several (`--servers N`, hosted in this
/// process on the same database and outbox); prints each run and the medians.
/// scripts/bench-cycle.sh starts a throwaway PostgreSQL and runs this.
/// </summary>
internal sealed class BenchCycleCommand : ICommand
{
    public string Name => "bench-cycle";
    public string Summary => "benchmark the scheduler cycle (upload → notices in the outbox) on PostgreSQL";
    public string Usage => "--postgres CONN [--runs N] [--workers N] [--servers N] [--enterprises FILE] [--forecast FILE]";
    public IReadOnlyList<string> ValueOptions => ["--postgres", "--runs", "--workers", "--servers", "--enterprises", "--forecast"];
    public IReadOnlyList<string> Flags => [];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(0, 0);
        var runs = args.Int("--runs", 3);
        var workers = args.Int("--workers", Math.Min(20, Environment.ProcessorCount * 5));
        var servers = args.Int("--servers", 1);
        if (servers is < 1 or > 4) throw new UsageException("--servers takes 1 to 4");
        var root = Simulation.RepositoryLayout.Root(context.WorkingDirectory) ?? throw new UsageException("run inside the repository (the shipped ruleset and samples are needed)");
        var enterprises = context.Resolve(args.Value("--enterprises") ?? Path.Combine(root, "samples", "enterprises.csv"));
        var forecast = context.Resolve(args.Value("--forecast") ?? Path.Combine(root, "samples", "forecast-orange.csv"));
        var ruleset = Path.Combine(root, "rulesets", "chongqing-2024.dss");
        var results = new List<SchedulerCycle.Result>();
        for (var i = 1; i <= runs; i++)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"dss-bench-cycle-{Guid.NewGuid():N}");
            try
            {
                SchedulerCycle.Result r;
                try
                {
                    r = SchedulerCycle.RunAsync(args.Required("--postgres"), ruleset, enterprises, forecast, folder, workers, servers).GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is HttpRequestException or TimeoutException or InvalidOperationException or Npgsql.NpgsqlException)
                {
                    context.Error.WriteLine($"dss bench-cycle: run {i} failed: {e.Message}");
                    return 1;
                }
                results.Add(r);
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {i}: {servers} server{(servers == 1 ? "" : "s")} ({r.RenderingServers} rendered, {r.DeliveringServers} delivered), {r.Enterprises} enterprises, {r.Warnings} warnings, {r.Notices} notices, {r.Jobs} jobs; upload→planned {r.ToPlanned.TotalSeconds:0.00} s (evaluate {r.EvaluateMs} ms, planning transaction {r.PlanMs} ms, last district's notices stored {r.RenderMs} ms after planning began), approved→delivered {r.ToDelivered.TotalSeconds:0.00} s, total {r.Total.TotalSeconds:0.00} s; {r.Notices / r.Total.TotalSeconds:0} notices/s, {r.Jobs / r.Total.TotalSeconds:0.0} jobs/s"));
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }
        var median = results.OrderBy(r => r.Total).ElementAt(results.Count / 2);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {results.Count}: total {median.Total.TotalSeconds:0.00} s (planned {median.ToPlanned.TotalSeconds:0.00} s, delivered {median.ToDelivered.TotalSeconds:0.00} s), {median.Notices / median.Total.TotalSeconds:0} notices/s, {median.Jobs / median.Total.TotalSeconds:0.0} jobs/s"));
        return 0;
    }
}
