namespace EmergencyDSS.Dsl.Syntax;

/// <summary>Where a node stands in its file: 1-based line and column, length in characters.</summary>
internal readonly record struct TextSpan(int Line, int Column, int Length)
{
    public Binding.SourceSpan In(string file) => new(file, Line, Column, Line, Column + Math.Max(Length, 1));
}
