using Sprache;

namespace EmergencyDSS.Dsl.Syntax;

/// <summary>
/// A Sprache input that can start anywhere in a file, so each statement is parsed on its own
/// (one error does not hide the next) while positions stay true to the whole file.
/// </summary>
internal sealed class SourceInput : IInput
{
    private readonly string _source;

    public SourceInput(string source, int position = 0, int line = 1, int column = 1)
    {
        _source = source;
        Position = position;
        Line = line;
        Column = column;
    }

    public string Source => _source;
    public char Current => _source[Position];
    public bool AtEnd => Position >= _source.Length;
    public int Position { get; }
    public int Line { get; }
    public int Column { get; }
    private Dictionary<object, object>? _memos;

    /// <summary>Only memoising parsers use this; created on first use so advancing a character stays cheap.</summary>
    public IDictionary<object, object> Memos => _memos ??= [];

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        return Current == '\n'
            ? new SourceInput(_source, Position + 1, Line + 1, 1)
            : new SourceInput(_source, Position + 1, Line, Column + 1);
    }

    /// <summary>The input <paramref name="count"/> characters on, in one step (line and column counted over the skipped text).</summary>
    public SourceInput Skip(int count)
    {
        var line = Line;
        var column = Column;
        var end = Math.Min(Position + count, _source.Length);
        for (var i = Position; i < end; i++)
        {
            if (_source[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return new SourceInput(_source, end, line, column);
    }

    public bool Equals(IInput? other) => other is not null && ReferenceEquals(other.Source, _source) && other.Position == Position;
    public override bool Equals(object? obj) => obj is IInput other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(_source, Position);
}
