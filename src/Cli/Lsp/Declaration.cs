namespace EmergencyDSS.Cli.Lsp;

/// <summary>A name the ruleset declares: what kind of thing it is, where, and a line of what it means (markdown).</summary>
internal sealed record Declaration(string Name, string Kind, string File, int Line, int Column, int Length, string Summary);
