namespace EmergencyDSS.Cli.Hosting;

/// <summary>The command line itself is wrong: exit code 2 with the command's usage.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The input is wrong (a file, a value): exit code 1, each line already positioned.</summary>
internal sealed class InputException(IReadOnlyList<string> errors) : Exception(string.Join("\n", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;

    public InputException(string error) : this([error]) { }
}
