namespace EmergencyDSS.Dsl.Binding;

public enum Severity { Error, Warning }

/// <summary>A 1-based position range in one source file.</summary>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>One finding of the checker: data, not an exception. Codes are DSSnnnn, catalogued in one file.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceSpan Span, string Message, string? Hint = null)
{
    /// <summary><c>path:line:col: error|warning DSSnnnn: message</c> (plus " (hint)" when there is one).</summary>
    public override string ToString() =>
        $"{Span}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}{(Hint is null ? "" : $" ({Hint})")}";
}
