using System.Diagnostics;
using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli.Commands;

/// <summary>
/// The bench/ project of a source checkout, built in Release and run as its own process: benchmarks
/// need an optimised build and BenchmarkDotNet builds child processes from the project, so `dss` never
/// links them in.
/// </summary>
internal sealed class BenchProject(string root)
{
    public const string RelativePath = "bench/EmergencyDSS.Bench.csproj";

    /// <summary>The checkout holding bench/: the working directory or one above it, else the one dss was built from.</summary>
    public static BenchProject Locate(CommandContext context)
    {
        foreach (var start in new[] { context.WorkingDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, RelativePath))) return new BenchProject(dir.FullName);
        throw new InputException($"{RelativePath} not found above {context.WorkingDirectory}: `dss bench` runs from a source checkout");
    }

    public int BuildAndRun(IReadOnlyList<string> arguments, CommandContext context)
    {
        var output = Path.Combine(root, ".dss-build", "bench");
        var build = Run(["build", Path.Combine(root, RelativePath), "-c", "Release", "-o", output, "--nologo", "-v", "quiet"],
            context, echo: false);
        if (build.ExitCode != 0)
        {
            foreach (var line in build.Lines) context.Error.WriteLine(line);
            throw new InputException("dss bench: building bench/ failed");
        }
        return Run([Path.Combine(output, "EmergencyDSS.Bench.dll"), .. arguments], context, echo: true).ExitCode;
    }

    private (int ExitCode, List<string> Lines) Run(IReadOnlyList<string> arguments, CommandContext context, bool echo)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var lines = new List<string>();
        using var process = Process.Start(start) ?? throw new InputException("dss bench: could not start dotnet");
        var gate = new object();
        process.OutputDataReceived += (_, e) => Forward(e.Data, context.Out);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, context.Error);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return (process.ExitCode, lines);

        void Forward(string? line, TextWriter to)
        {
            if (line is null) return;
            lock (gate)
            {
                if (echo) to.WriteLine(line);
                else lines.Add(line);
            }
        }
    }

    /// <summary>The dotnet host running dss, so the bench runs on the same runtime; else dotnet from PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
