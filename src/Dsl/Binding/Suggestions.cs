namespace EmergencyDSS.Dsl.Binding;

/// <summary>"Did you mean": the closest known name by edit distance, if close enough to be a typo.</summary>
internal static class Suggestions
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestIsPrefix = false;
        foreach (var candidate in candidates)
        {
            var isPrefix = candidate.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(candidate, StringComparison.Ordinal);
            var distance = isPrefix ? Math.Abs(candidate.Length - name.Length) : Distance(name, candidate);
            // On a tie a shared beginning wins (`SEE` → `SE`), then the ordinal order, so the answer is stable.
            var better = distance < bestDistance
                || (distance == bestDistance && isPrefix && !bestIsPrefix)
                || (distance == bestDistance && isPrefix == bestIsPrefix && string.CompareOrdinal(candidate, best) < 0);
            if (better)
            {
                best = candidate;
                bestDistance = distance;
                bestIsPrefix = isPrefix;
            }
        }
        var allowed = Math.Max(1, Math.Max(name.Length, best?.Length ?? 0) / 3);
        return bestDistance <= allowed ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        var beforePrevious = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                // Two neighbours swapped (`slef` for `self`) is one slip, not two.
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length];
    }
}
