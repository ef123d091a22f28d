using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli;

internal static class Program
{
    private static int Main(string[] args) => CommandHost.Run(args, Console.Out, Console.Error);
}
