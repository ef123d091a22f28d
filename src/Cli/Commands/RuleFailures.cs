using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Cli.Commands;

/// <summary>A construct NRules cannot compile, as a positioned diagnostic (DSS6001) at the place it was written.</summary>
internal static class RuleFailures
{
    public static Diagnostic Diagnostic(RuleCompileFailure failure, string rulesetFile)
    {
        var span = failure.Source is { } s ? new SourceSpan(s.File, s.Line, s.Column, s.Line, s.Column) : new SourceSpan(rulesetFile, 1, 1, 1, 1);
        return new Diagnostic("DSS6001", Severity.Error, span, $"`{failure.Rule}` cannot be compiled into an NRules rule: {failure.Message}");
    }

    /// <summary>The diagnostic as simulate prints it, the file named relative to the ruleset as the user typed it.</summary>
    public static string Describe(RuleCompileFailure failure, string rulesetFile)
    {
        var d = Diagnostic(failure, rulesetFile);
        var folder = Path.GetDirectoryName(rulesetFile) ?? "";
        var file = d.Span.File == rulesetFile || Path.IsPathRooted(d.Span.File) ? d.Span.File : Path.Combine(folder, d.Span.File);
        return (d with { Span = d.Span with { File = file } }).ToString();
    }
}
