using System.Security.Cryptography;
using System.Text;
using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Dsl;

/// <summary>The result of compiling a ruleset: the model (null when there are errors) and every diagnostic.</summary>
public sealed record RulesetCompilation(RuleModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>Text → syntax → bound, checked rule model. The only way the engine gets a plan.</summary>
public static class RulesetCompiler
{
    public static RulesetCompilation CompileFile(string path)
    {
        var text = ReadOrNull(Path.GetFullPath(path));
        if (text is null)
        {
            var at = new SourceSpan(path, 1, 1, 1, 2);
            return new RulesetCompilation(null, [DiagnosticCatalog.FileNotFound(at, path)]);
        }
        return CompileText(text, path);
    }

    /// <summary>Compiles <paramref name="text"/> as if it were the file <paramref name="fileName"/>; includes resolve beside it.</summary>
    public static RulesetCompilation CompileText(string text, string fileName) => Compile(text, fileName, ReadOrNull);

    internal static RulesetCompilation Compile(string text, string fileName, Func<string, string?> read)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSet.Load(fileName, text, read, diagnostics);
        foreach (var file in sources.Files)
        foreach (var error in file.Errors)
            diagnostics.Add(error.TooDeep
                ? DiagnosticCatalog.TooDeep(error.Span.In(file.Path), Syntax.NestingLimit.MaxDepth)
                : DiagnosticCatalog.Syntax(error.Span.In(file.Path), error.Found, error.Expected));
        var model = Binder.Bind(sources.Files, Sha256(sources), diagnostics);
        return new RulesetCompilation(diagnostics.HasErrors ? null : model, diagnostics.Sorted());
    }

    private static string Sha256(SourceSet sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in sources.Files) hash.AppendData(Encoding.UTF8.GetBytes(file.Text));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
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
}
