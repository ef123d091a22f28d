namespace EmergencyDSS.Cli.Hosting;

/// <summary>What a command may touch: its output streams and the working directory. Tests pass their own.</summary>
internal sealed record CommandContext(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
