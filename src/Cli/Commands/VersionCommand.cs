using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli.Commands;

internal sealed class VersionCommand : ICommand
{
    public string Name => "version";
    public string Summary => "print the tool's version";
    public string Usage => "";
    public IReadOnlyList<string> ValueOptions => [];
    public IReadOnlyList<string> Flags => [];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(0, 0);
        var version = typeof(VersionCommand).Assembly.GetName().Version ?? new Version(0, 1);
        context.Out.WriteLine($"dss {version.ToString(3)}");
        return 0;
    }
}
