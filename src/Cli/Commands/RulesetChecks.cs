using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Notices;

namespace EmergencyDSS.Cli.Commands;

/// <summary>What `dss check` runs on one ruleset: the language's checks, then those of its bound templates.</summary>
internal static class RulesetChecks
{
    public static IReadOnlyList<Diagnostic> Check(string fullPath, string shownAs)
    {
        var compilation = RulesetCompiler.CompileFile(fullPath);
        var diagnostics = compilation.Diagnostics.ToList();
        // Bound notice templates are part of the plan: parse and type-check each one.
        if (compilation.Model is { } model && model.Templates.Count > 0)
            diagnostics.AddRange(TemplateCheck.Check(model, Path.GetDirectoryName(fullPath)!));
        // The plan must also compile into NRules rules (one session factory), or evaluation could not run it.
        if (compilation.Model is { } plan && diagnostics.All(d => d.Severity != Severity.Error))
            diagnostics.AddRange(CompiledPlan.Check(plan).Select(f => RuleFailures.Diagnostic(f, Path.GetFileName(fullPath))));
        return diagnostics.Select(d => Relabel(d, fullPath, shownAs)).ToList();
    }

    /// <summary>Diagnostics name files relative to the ruleset's folder; show them as the user wrote the path.</summary>
    private static Diagnostic Relabel(Diagnostic d, string fullPath, string shownAs)
    {
        var folder = Path.GetDirectoryName(shownAs) ?? "";
        var file = d.Span.File == fullPath || d.Span.File == Path.GetFileName(fullPath)
            ? shownAs
            : Path.IsPathRooted(d.Span.File) ? d.Span.File : Path.Combine(folder, d.Span.File);
        return d with { Span = d.Span with { File = file } };
    }
}
