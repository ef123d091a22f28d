namespace EmergencyDSS.Notices;

/// <summary>The ruleset's templates cannot be used: missing files or syntax errors, with positions.</summary>
public sealed class NoticeTemplateException(IReadOnlyList<TemplateError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<TemplateError> Errors { get; } = errors;
}
