namespace EmergencyDSS.Dsl.Syntax;

/// <summary>
/// Measures how deep conditions nest before the recursive grammar sees them: every open parenthesis and every
/// pending <c>not</c>/<c>非</c> is one level. Past <see cref="MaxDepth"/> the file is rejected at that token,
/// so no input can drive the parser (or the binder and compiler after it) into a stack overflow.
/// </summary>
internal static class NestingLimit
{
    /// <summary>Real plans nest three or four levels; 64 leaves room and keeps every later recursion shallow.</summary>
    public const int MaxDepth = 64;

    /// <summary>The first position (offset, line, column) where nesting passes the limit, or null.</summary>
    public static TextSpan? FirstTooDeep(string text)
    {
        var frames = new Stack<int>(); // pending `not`s of each enclosing parenthesis
        int depth = 0, pendingNots = 0, line = 1, column = 1;
        for (var i = 0; i < text.Length; i++, column++)
        {
            var c = text[i];
            if (c == '\n') { line++; column = 0; continue; }
            if (char.IsWhiteSpace(c)) continue;
            if (c == '#') { while (i + 1 < text.Length && text[i + 1] != '\n') i++; continue; }
            if (c == '"')
            {
                while (i + 1 < text.Length && text[i + 1] is not ('"' or '\n')) { i++; column++; }
                if (i + 1 < text.Length && text[i + 1] == '"') { i++; column++; }
                (depth, pendingNots) = (depth - pendingNots, 0);
                continue;
            }
            if (c is '{' or '}') { frames.Clear(); (depth, pendingNots) = (0, 0); continue; }
            if (c == '(')
            {
                frames.Push(pendingNots);
                pendingNots = 0;
                if (++depth > MaxDepth) return new TextSpan(line, column, 1);
                continue;
            }
            if (c == ')')
            {
                if (frames.Count == 0) continue;
                var outer = frames.Pop();
                depth -= 1 + pendingNots + outer; // the `not`s before this parenthesis are complete too
                pendingNots = 0;
                continue;
            }
            var start = i;
            if (c == '非')
            {
                pendingNots++;
                if (++depth > MaxDepth) return new TextSpan(line, column, 1);
                continue;
            }
            while (i + 1 < text.Length && Grammar.Lexical.IsWordChar(text[i + 1]) && text[i + 1] != '非' && text[i + 1] != '"') { i++; column++; }
            if (i - start == 2 && string.CompareOrdinal(text, start, "not", 0, 3) == 0)
            {
                pendingNots++;
                if (++depth > MaxDepth) return new TextSpan(line, column - 2, 3);
                continue;
            }
            (depth, pendingNots) = (depth - pendingNots, 0);
        }
        return null;
    }
}
