using System.Globalization;
using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Cli.Simulation;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss simulate`: evaluate a forecast against a ruleset and reduction list; write decisions.json and report.html.</summary>
internal sealed class SimulateCommand : ICommand
{
    public string Name => "simulate";
    public string Summary => "evaluate a forecast: decisions.json, report.html, a summary (--demo: shipped samples)";
    public string Usage => "--ruleset R --forecast F --enterprises E [--sites S] [--now T] [--pdf | --no-notices] --out DIR | --demo [--pdf | --no-notices] --out DIR";
    public IReadOnlyList<string> ValueOptions => ["--ruleset", "--forecast", "--enterprises", "--sites", "--now", "--out"];
    public IReadOnlyList<string> Flags => ["--demo", "--pdf", "--no-notices"];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(0, 0);
        if (args.Has("--pdf") && args.Has("--no-notices")) throw new UsageException("--pdf prints the notices; it cannot go with --no-notices");
        var inputs = args.Has("--demo") ? Demo(args, context) : Given(args, context);
        var interactive = !Console.IsErrorRedirected && context.Error == Console.Error;
        var outcome = SimulationRun.Run(inputs, step => { if (interactive) context.Error.WriteLine($"… {step}"); });
        foreach (var warning in outcome.Warnings) context.Error.WriteLine(warning);
        Simulation.Summary.Write(context.Out, outcome.Decisions, args.Required("--out"), outcome.Notices);
        if (interactive) context.Error.WriteLine($"done in {outcome.Elapsed.TotalMilliseconds:F0} ms");
        return 0;
    }

    private static SimulationInputs Given(Args args, CommandContext context) => new(
        args.Required("--ruleset"), args.Required("--forecast"), args.Required("--enterprises"), args.Value("--sites"),
        Now(args.Value("--now")), args.Required("--out"), context.WorkingDirectory, args.Has("--pdf"), !args.Has("--no-notices"));

    private static SimulationInputs Demo(Args args, CommandContext context)
    {
        foreach (var option in new[] { "--ruleset", "--forecast", "--enterprises", "--sites" })
            if (args.Value(option) is not null) throw new UsageException($"--demo uses the shipped samples; drop {option}");
        var root = RepositoryLayout.Root(context.WorkingDirectory) ?? throw new InputException("--demo: the repository (EmergencyDSS.sln with samples/) was not found above this folder");
        var samples = Path.Combine(root, "samples");
        return new SimulationInputs(Path.Combine(root, "rulesets", "chongqing-2024.dss"), Path.Combine(samples, "forecast-regional.csv"),
            Path.Combine(samples, "enterprises.csv"), Path.Combine(samples, "sites.csv"), Now(args.Value("--now")), args.Required("--out"), context.WorkingDirectory, args.Has("--pdf"), !args.Has("--no-notices"));
    }

    private static DateTimeOffset? Now(string? text)
    {
        if (text is null) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var now) && text.Length > 10
            ? now
            : throw new UsageException($"--now needs an ISO 8601 time with offset, e.g. 2024-12-01T16:00:00+08:00, not `{text}`");
    }
}
