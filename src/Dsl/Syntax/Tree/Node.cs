namespace EmergencyDSS.Dsl.Syntax.Tree;

/// <summary>Every syntax node carries its span, so checks after parsing still say line:col.</summary>
internal abstract record Node
{
    public TextSpan Span { get; init; }

    public Node WithSpan(TextSpan span) => this with { Span = span };
}

/// <summary>A name or value as written (identifier, word or string literal).</summary>
internal sealed record Name(string Text) : Node
{
    public override string ToString() => Text;
}

/// <summary>A number as written; <c>Constant</c> names a const instead when not null.</summary>
internal sealed record NumberValue(double Value, string? Constant = null) : Node;
