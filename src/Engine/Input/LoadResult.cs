namespace EmergencyDSS.Engine.Input;

/// <summary>A loaded input, or every problem found in it as <c>file:row:column: message</c>. All or nothing.</summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool Ok => Errors.Count == 0;
}
