namespace EmergencyDSS.Notices;

/// <summary>A template failed while rendering (unknown variable, limit exceeded); carries the position.</summary>
public sealed class TemplateRenderException(TemplateError error) : Exception(error.ToString())
{
    public TemplateError Error { get; } = error;
}
