namespace EmergencyDSS.Cli.Lsp;

// The few Language Server Protocol shapes `dss lsp` speaks (LSP 3.17), serialised camelCase.
// Lines and characters are zero-based here, one-based everywhere else in dss.

internal sealed record Position(int Line, int Character);
internal sealed record Range(Position Start, Position End);
internal sealed record Location(string Uri, Range Range);
internal sealed record TextDocumentIdentifier(string Uri);
internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
internal sealed record DidOpenParams(TextDocumentItem TextDocument);
internal sealed record ContentChange(string Text);
internal sealed record DidChangeParams(TextDocumentIdentifier TextDocument, IReadOnlyList<ContentChange> ContentChanges);
internal sealed record DidCloseParams(TextDocumentIdentifier TextDocument);
internal sealed record PositionParams(TextDocumentIdentifier TextDocument, Position Position);
internal sealed record FormattingParams(TextDocumentIdentifier TextDocument);
internal sealed record LspDiagnostic(Range Range, int Severity, string Code, string Source, string Message);
internal sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<LspDiagnostic> Diagnostics);
internal sealed record MarkupContent(string Kind, string Value);
internal sealed record Hover(MarkupContent Contents, Range Range);
internal sealed record TextEdit(Range Range, string NewText);
internal sealed record CompletionItem(string Label, int Kind, string Detail);
