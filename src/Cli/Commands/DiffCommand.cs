using System.Text;
using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Cli.Replay;
using EmergencyDSS.Notices.Replay;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss diff OLD NEW`: the impact of a ruleset change on a replayed sequence of forecasts (text; --html FILE for the bureau).</summary>
internal sealed class DiffCommand : ICommand
{
    public string Name => "diff";
    public string Summary => "impact of a ruleset change on replayed forecasts: levels, warning days, stop/limit days, cut, notices";
    public string Usage => "OLD NEW --forecasts DIR|OBSERVED.csv --enterprises E [--sites S] [--html FILE]";
    public IReadOnlyList<string> ValueOptions => ["--forecasts", "--enterprises", "--sites", "--html"];
    public IReadOnlyList<string> Flags => [];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(2, 2);
        var (oldPath, newPath) = (args.Positionals[0], args.Positionals[1]);
        var forecasts = args.Required("--forecasts");
        var enterprises = args.Required("--enterprises");
        var old = ReplayRun.Run(oldPath, enterprises, args.Value("--sites"), forecasts, context.WorkingDirectory);
        var @new = ReplayRun.Run(newPath, enterprises, args.Value("--sites"), forecasts, context.WorkingDirectory);
        foreach (var warning in old.Warnings.Concat(@new.Warnings).Distinct()) context.Error.WriteLine(warning);
        var diff = SeasonDiff.Between(old.Timeline, @new.Timeline, @new.Enterprises);
        DiffText.Write(context.Out, diff, @new.Timeline.Issues.Count);
        if (args.Value("--html") is { } html)
        {
            var full = context.Resolve(html);
            var temp = full + $".tmp-{Environment.ProcessId}";
            File.WriteAllText(temp, DiffHtml.Render(@new.Model, diff, @new.Timeline.Issues.Count), new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        return 0;
    }
}
