using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss compile FILE --json`: the rule model the engine compiles.</summary>
internal sealed class CompileCommand : ICommand
{
    public string Name => "compile";
    public string Summary => "compile a ruleset and print its rule model (--json)";
    public string Usage => "FILE --json";
    public IReadOnlyList<string> ValueOptions => [];
    public IReadOnlyList<string> Flags => ["--json"];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(1, 1);
        if (!args.Has("--json")) throw new UsageException("the only output format is --json");
        var path = args.Positionals[0];
        var compilation = RulesetCompiler.CompileFile(context.Resolve(path));
        foreach (var d in compilation.Diagnostics.Where(d => d.Severity == Severity.Error)) context.Error.WriteLine(d);
        if (compilation.Model is null) return 1;
        context.Out.WriteLine(RuleModelJson.Serialize(compilation.Model));
        return 0;
    }
}
