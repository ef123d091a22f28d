using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Binding;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss check FILE...`: every diagnostic of every file (and its bound templates), exit 1 on errors.</summary>
internal sealed class CheckCommand : ICommand
{
    public string Name => "check";
    public string Summary => "check rulesets: syntax, names, values, tables, triggers, templates";
    public string Usage => "FILE...";
    public IReadOnlyList<string> ValueOptions => [];
    public IReadOnlyList<string> Flags => [];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(1, int.MaxValue);
        var errors = 0;
        var warnings = 0;
        foreach (var file in args.Positionals)
        {
            foreach (var diagnostic in RulesetChecks.Check(context.Resolve(file), file))
            {
                context.Out.WriteLine(diagnostic);
                if (diagnostic.Severity == Severity.Error) errors++;
                else warnings++;
            }
        }
        context.Error.WriteLine($"{args.Positionals.Count} file(s) checked: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }
}
