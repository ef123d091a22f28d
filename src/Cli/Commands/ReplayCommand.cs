using System.Diagnostics;
using System.Text;
using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Cli.Replay;
using EmergencyDSS.Cli.Simulation;
using EmergencyDSS.Notices.Replay;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss replay`: a forecast sequence through the scheduler's warning lifecycle, in memory; timeline.json and timeline.html.</summary>
internal sealed class ReplayCommand : ICommand
{
    public string Name => "replay";
    public string Summary => "replay a sequence of forecasts through the warning lifecycle (no database): timeline.json, timeline.html";
    public string Usage => "--ruleset R --enterprises E [--sites S] --forecasts DIR|OBSERVED.csv --out OUT";
    public IReadOnlyList<string> ValueOptions => ["--ruleset", "--enterprises", "--sites", "--forecasts", "--out"];
    public IReadOnlyList<string> Flags => [];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(0, 0);
        var clock = Stopwatch.StartNew();
        var outcome = ReplayRun.Run(args.Required("--ruleset"), args.Required("--enterprises"), args.Value("--sites"), args.Required("--forecasts"), context.WorkingDirectory);
        foreach (var warning in outcome.Warnings) context.Error.WriteLine(warning);
        var timeline = outcome.Timeline;
        SimulationRun.WriteAtomically(context.Resolve(args.Required("--out")), dir =>
        {
            var utf8 = new UTF8Encoding(false);
            File.WriteAllText(Path.Combine(dir, "timeline.json"), TimelineJson.Serialize(timeline), utf8);
            File.WriteAllText(Path.Combine(dir, "timeline.html"), TimelineHtml.Render(outcome.Model, timeline), utf8);
        });
        var tally = timeline.Tally;
        var changes = timeline.Steps.Where(s => s.Change != "notices").GroupBy(s => s.Change).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        context.Out.WriteLine($"replayed {timeline.Issues.Count} forecasts: {string.Join(", ", changes)}");
        context.Out.WriteLine($"warning days {tally.Districts.Sum(d => d.WarningDays.Values.Sum())}, enterprise stop days {tally.Districts.Sum(d => d.StopDays)}, limit days {tally.Districts.Sum(d => d.LimitDays)}, notices {timeline.Steps.Sum(s => s.Notices.Count)}");
        context.Out.WriteLine($"emissions cut (t): {string.Join(", ", SeasonTally.Pollutants.Select((p, i) => $"{p} {tally.Cut[i]:F1}"))}");
        context.Out.WriteLine($"wrote {Path.Combine(args.Required("--out"), "timeline.json")} and timeline.html in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
