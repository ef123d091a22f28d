namespace EmergencyDSS.Notices;

/// <summary>A template problem at a 1-based position in a template file.</summary>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): error: {Message}";
}
