using EmergencyDSS.Cli.Commands;

namespace EmergencyDSS.Cli.Hosting;

/// <summary>Every `dss` command, in the order `dss --help` lists them. One file per command in Commands/.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new CheckCommand(),
        new FmtCommand(),
        new CompileCommand(),
        new SimulateCommand(),
        new TestCommand(),
        new ReplayCommand(),
        new DiffCommand(),
        new LspCommand(),
        new ServeCommand(),
        new UserCommand(),
        new ExplainCommand(),
        new SampleCommand(),
        new VersionCommand(),
        new BenchCommand(),
        new BenchCycleCommand(),
    ];
}
