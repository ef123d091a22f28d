using EmergencyDSS.Dsl.Binding;

namespace EmergencyDSS.Notices;

/// <summary>Every notice-template message and diagnostic code (DSS5001+) in one place.</summary>
internal static class NoticeMessages
{
    public static string TemplateMissing(string path) => $"template file `{path}` does not exist beside the ruleset";

    public static string TemplateOutside(string path) => $"template file `{path}` leads outside the ruleset's folder";

    public static string TemplateNotRegular(string path) => $"template file `{path}` is not a regular file";

    public static string TemplateTooLarge(string path, long max) => $"template file `{path}` is larger than {max} bytes";

    /// <summary>The file could not be used at all (as opposed to a syntax error inside it).</summary>
    public static bool IsFileProblem(string message) => message.StartsWith("template file `", StringComparison.Ordinal);

    public static Diagnostic Missing(TemplateError e) => Error("DSS5001", e, e.Message);

    public static Diagnostic Syntax(TemplateError e) => Error("DSS5002", e, $"template syntax: {e.Message}");

    public static Diagnostic Render(TemplateError e) =>
        Error("DSS5003", e, $"template does not render against a sample notice: {e.Message}");

    public static Diagnostic Leftover(string file, string what) =>
        Error("DSS5004", new TemplateError(file, 1, 1, ""), $"rendered sample notice still contains `{what}`");

    public static string Unbound(string ev, string subject) =>
        $"no template is bound for `{ev}` of `{subject}`; add a `template … for {ev} of {subject}` line to the ruleset";

    private static Diagnostic Error(string code, TemplateError e, string message) =>
        new(code, Severity.Error, new SourceSpan(e.File, e.Line, e.Column, e.Line, e.Column), message);
}
