using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Dsl.Formatting;
using StreamJsonRpc;

namespace EmergencyDSS.Cli.Lsp;

/// <summary>
/// `dss lsp`: diagnostics as you type (the same checker as `dss check`), hover, go to definition
/// (consts, levels, zones, regions, tables, templates, districts, include paths), formatting (`dss fmt`)
/// and completion of declared names and keywords.
/// </summary>
internal sealed class LanguageServer(RulesetWorkspace workspace)
{
    private readonly TaskCompletionSource _exit = new();

    public JsonRpc? Rpc { get; set; }

    public Task Exited => _exit.Task;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public object Initialize(System.Text.Json.JsonElement _) => new
    {
        capabilities = new
        {
            textDocumentSync = 1,
            hoverProvider = true,
            definitionProvider = true,
            documentFormattingProvider = true,
            completionProvider = new { triggerCharacters = Array.Empty<string>() },
        },
        serverInfo = new { name = "dss", version = typeof(LanguageServer).Assembly.GetName().Version?.ToString() ?? "0" },
    };

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(System.Text.Json.JsonElement _) { }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown() => null;

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult();

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public Task DidOpen(DidOpenParams p)
    {
        workspace.Open(Uris.ToPath(p.TextDocument.Uri), p.TextDocument.Text);
        return PublishAsync(p.TextDocument.Uri);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public Task DidChange(DidChangeParams p)
    {
        if (p.ContentChanges.Count > 0) workspace.Open(Uris.ToPath(p.TextDocument.Uri), p.ContentChanges[^1].Text);
        return PublishAsync(p.TextDocument.Uri);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseParams p) => workspace.Close(Uris.ToPath(p.TextDocument.Uri));

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(PositionParams p)
    {
        var path = Uris.ToPath(p.TextDocument.Uri);
        if (Words.At(workspace.Text(path), p.Position) is not { } word) return null;
        var declared = Declarations.Of(workspace.Analyse(path)).FirstOrDefault(d => d.Name == word.Text);
        var text = declared?.Summary ?? Keywords.Meaning.GetValueOrDefault(word.Text);
        return text is null ? null : new Hover(new MarkupContent("markdown", text), word.Range);
    }

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Location? Definition(PositionParams p)
    {
        var path = Uris.ToPath(p.TextDocument.Uri);
        if (Words.At(workspace.Text(path), p.Position) is not { } word) return null;
        if (word.Quoted && word.Text.EndsWith(".dss", StringComparison.Ordinal))
        {
            var included = Path.GetFullPath(word.Text, Path.GetDirectoryName(path)!);
            return File.Exists(included) ? new Location(Uris.FromPath(included), Words.Span(1, 1, 0)) : null;
        }
        var declared = Declarations.Of(workspace.Analyse(path)).FirstOrDefault(d => d.Name == word.Text);
        return declared is null ? null : new Location(Uris.FromPath(declared.File), Words.Span(declared.Line, declared.Column, declared.Length));
    }

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<TextEdit> Formatting(FormattingParams p)
    {
        var text = workspace.Text(Uris.ToPath(p.TextDocument.Uri)) ?? "";
        var formatted = RulesetFormatter.Format(text);
        if (formatted == text) return [];
        var lines = text.Split('\n');
        return [new TextEdit(new Range(new Position(0, 0), new Position(lines.Length, 0)), formatted)];
    }

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CompletionItem> Completion(PositionParams p)
    {
        var declared = Declarations.Of(workspace.Analyse(Uris.ToPath(p.TextDocument.Uri)))
            .GroupBy(d => d.Name).Select(g => g.First())
            .Select(d => new CompletionItem(d.Name, d.Kind == "const" ? 21 : 6, d.Summary.Split('\n')[0]));
        var keywords = Keywords.Meaning.Select(k => new CompletionItem(k.Key, 14, k.Value));
        return declared.Concat(keywords).OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>Checks the ruleset the document belongs to and publishes diagnostics for each of its files.</summary>
    private async Task PublishAsync(string uri)
    {
        var analysis = workspace.Analyse(Uris.ToPath(uri));
        var byFile = analysis.Diagnostics.GroupBy(d => analysis.FullPath(d.Span.File)).ToDictionary(g => g.Key, g => g.ToList());
        var files = analysis.Files.Select(f => analysis.FullPath(f.Path)).Append(Uris.ToPath(uri)).Distinct();
        foreach (var file in files)
        {
            var diagnostics = byFile.GetValueOrDefault(file, []).Select(ToLsp).ToList();
            if (Rpc is not null) await Rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(Uris.FromPath(file), diagnostics));
        }
    }

    private static LspDiagnostic ToLsp(Diagnostic d) => new(
        new Range(new Position(d.Span.Line - 1, d.Span.Column - 1), new Position(d.Span.EndLine - 1, d.Span.EndColumn - 1)),
        d.Severity == Severity.Error ? 1 : 2, d.Code, "dss", d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})");
}
