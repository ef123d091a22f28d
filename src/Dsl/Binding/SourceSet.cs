using EmergencyDSS.Dsl.Syntax;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>
/// The main file and everything it includes, parsed, in include order. Includes resolve against the
/// including file and must stay inside the main file's folder; cycles are errors.
/// </summary>
internal sealed class SourceSet
{
    private readonly string _root;
    private readonly Func<string, string?> _read;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<SyntaxFile> _files = [];

    private SourceSet(string root, Func<string, string?> read, DiagnosticBag diagnostics)
    {
        _root = root;
        _read = read;
        _diagnostics = diagnostics;
    }

    public IReadOnlyList<SyntaxFile> Files => _files;

    /// <summary>Loads <paramref name="mainPath"/> (given <paramref name="mainText"/>) and its includes.</summary>
    public static SourceSet Load(string mainPath, string mainText, Func<string, string?> read, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(mainPath);
        var set = new SourceSet(Path.GetDirectoryName(full)!, read, diagnostics);
        set.Add(full, mainText, []);
        return set;
    }

    /// <summary>A file's name as shown in diagnostics: relative to the main file's folder.</summary>
    public string Display(string fullPath) =>
        Path.GetRelativePath(_root, fullPath).Replace('\\', '/') is var rel && !rel.StartsWith("..", StringComparison.Ordinal) ? rel : fullPath;

    private void Add(string fullPath, string text, IReadOnlyList<string> chain)
    {
        var file = RulesetParser.Parse(Display(fullPath), text);
        _files.Add(file);
        foreach (var include in file.Statements.OfType<IncludeStatement>())
        {
            var at = include.Path.Span.In(file.Path);
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, include.Path.Text));
            if (!target.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                _diagnostics.Add(DiagnosticCatalog.IncludeOutside(at, include.Path.Text));
                continue;
            }
            if (target == fullPath || chain.Contains(target))
            {
                _diagnostics.Add(DiagnosticCatalog.IncludeCycle(at, include.Path.Text));
                continue;
            }
            if (_files.Any(f => f.Path == Display(target))) continue;
            var included = _read(target);
            if (included is null)
            {
                _diagnostics.Add(DiagnosticCatalog.FileNotFound(at, include.Path.Text));
                continue;
            }
            Add(target, included, [.. chain, fullPath]);
        }
    }
}
