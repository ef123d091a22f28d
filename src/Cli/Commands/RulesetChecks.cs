using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Binding;

namespace EmergencyDSS.Cli.Commands;

/// <summary>What `dss check` runs on one ruleset: the language's checks, then those of its bound templates.</summary>
internal static class RulesetChecks
{
    public static IReadOnlyList<Diagnostic> Check(string fullPath, string shownAs)
    {
        var compilation = RulesetCompiler.CompileFile(fullPath);
        var diagnostics = compilation.Diagnostics.Select(d => Relabel(d, fullPath, shownAs)).ToList();
        return diagnostics;
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
