using System.Text.RegularExpressions;
using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Dsl.Syntax;

namespace EmergencyDSS.Cli.Lsp;

/// <summary>
/// The editor's view of rulesets: open documents override the disk, and a file that is only included
/// (no <c>ruleset</c> header) is checked as part of the ruleset that includes it, so its diagnostics
/// and names are those of the whole plan.
/// </summary>
internal sealed partial class RulesetWorkspace
{
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);

    public sealed record Analysis(string Root, IReadOnlyList<SyntaxFile> Files, IReadOnlyList<Diagnostic> Diagnostics, Func<string, string> FullPath);

    public void Open(string path, string text) => _open[path] = text;

    public void Close(string path) => _open.Remove(path);

    public string? Text(string path) => _open.TryGetValue(path, out var text) ? text : Read(path);

    public Analysis Analyse(string path)
    {
        var root = RootOf(path);
        var text = Text(root) ?? "";
        var compilation = RulesetCompiler.Compile(text, root, Read);
        var sources = SourceSet.Load(root, text, Read, new DiagnosticBag());
        var folder = Path.GetDirectoryName(root)!;
        return new Analysis(root, sources.Files, compilation.Diagnostics, display => Path.GetFullPath(display, folder));
    }

    /// <summary>The file itself when it has a header; else the ruleset beside or above it that includes it.</summary>
    private string RootOf(string path)
    {
        if (Header().IsMatch(Text(path) ?? "")) return path;
        var folder = Path.GetDirectoryName(path);
        for (var depth = 0; depth < 2 && folder is not null; depth++, folder = Path.GetDirectoryName(folder))
        {
            foreach (var candidate in Directory.EnumerateFiles(folder, "*.dss").Order(StringComparer.Ordinal))
            {
                if (candidate == path || Text(candidate) is not { } text || !Header().IsMatch(text)) continue;
                foreach (Match include in Include().Matches(text))
                    if (Path.GetFullPath(include.Groups[1].Value, folder) == path) return candidate;
            }
        }
        return path;
    }

    private string? Read(string path)
    {
        if (_open.TryGetValue(path, out var text)) return text;
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(ruleset|规则集)\s", RegexOptions.Multiline)]
    private static partial Regex Header();

    [GeneratedRegex(@"^(?:include|引用)\s+""([^""\n]+)""", RegexOptions.Multiline)]
    private static partial Regex Include();
}
