using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli.Commands;

/// <summary>One `dss` subcommand. Exit codes: 0 ok, 1 bad input or failed check, 2 usage.</summary>
internal interface ICommand
{
    string Name { get; }
    string Summary { get; }
    /// <summary>Usage line(s) after `dss NAME`, e.g. "FILE... [--json]".</summary>
    string Usage { get; }
    /// <summary>Options that take a value, e.g. "--out".</summary>
    IReadOnlyList<string> ValueOptions { get; }
    /// <summary>Options that are flags, e.g. "--json".</summary>
    IReadOnlyList<string> Flags { get; }
    int Run(Args args, CommandContext context);
}
