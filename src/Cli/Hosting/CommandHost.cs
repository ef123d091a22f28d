using EmergencyDSS.Cli.Commands;

namespace EmergencyDSS.Cli.Hosting;

/// <summary>Dispatches `dss NAME ...` and turns failures into exit codes: never a stack trace.</summary>
internal static class CommandHost
{
    public static int Run(string[] argv, TextWriter output, TextWriter error, string? workingDirectory = null)
    {
        var context = new CommandContext(output, error, workingDirectory ?? Environment.CurrentDirectory);
        if (argv.Length == 0 || argv[0] is "--help" or "-h" or "help")
        {
            WriteHelp(output);
            return argv.Length == 0 ? 2 : 0;
        }
        var command = CommandCatalog.All.FirstOrDefault(c => c.Name == argv[0]);
        if (command is null)
        {
            error.WriteLine($"dss: unknown command `{argv[0]}`; see `dss --help`");
            return 2;
        }
        if (argv.Skip(1).Any(a => a is "--help" or "-h"))
        {
            WriteUsage(output, command);
            return 0;
        }
        try
        {
            var args = Args.Parse(argv[1..], command.ValueOptions, command.Flags);
            return command.Run(args, context);
        }
        catch (UsageException e)
        {
            error.WriteLine($"dss {command.Name}: {e.Message}");
            WriteUsage(error, command);
            return 2;
        }
        catch (InputException e)
        {
            foreach (var line in e.Errors) error.WriteLine(line);
            return 1;
        }
        catch (IOException e)
        {
            error.WriteLine($"dss {command.Name}: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"dss {command.Name}: {e.Message}");
            return 1;
        }
    }

    private static void WriteHelp(TextWriter output)
    {
        output.WriteLine("dss — heavy-pollution-weather emergency decision support");
        output.WriteLine();
        output.WriteLine("usage: dss COMMAND [ARGS]   (dss COMMAND --help for details)");
        output.WriteLine();
        output.WriteLine("commands:");
        var width = CommandCatalog.All.Max(c => c.Name.Length);
        foreach (var c in CommandCatalog.All) output.WriteLine($"  {c.Name.PadRight(width)}  {c.Summary}");
    }

    private static void WriteUsage(TextWriter output, ICommand command) =>
        output.WriteLine($"usage: dss {command.Name} {command.Usage}".TrimEnd());
}
