namespace EmergencyDSS.Bench.Peers;

/// <summary>
/// Compares two implementations' decisions. A benchmark of different answers is worthless, so every
/// timing run starts by asking this for the differences and stops on the first ones.
/// </summary>
internal static class DecisionComparer
{
    public static IReadOnlyList<string> Differences(string leftName, PeerDecisions left, string rightName,
        PeerDecisions right, int max = 10)
    {
        var found = new List<string>();
        Compare(leftName, left.Warnings, rightName, right.Warnings, found, max);
        Compare(leftName, left.Measures, rightName, right.Measures, found, max);
        return found;
    }

    private static void Compare<T>(string leftName, IReadOnlyList<T> left, string rightName, IReadOnlyList<T> right,
        List<string> found, int max) where T : notnull
    {
        var onlyLeft = left.Except(right).ToList();
        var onlyRight = right.Except(left).ToList();
        // Both sides are sorted, so the first few of each side are the earliest disagreements.
        for (int i = 0, j = 0; found.Count < max && (i < onlyLeft.Count || j < onlyRight.Count);)
        {
            if (i < onlyLeft.Count && (j >= onlyRight.Count || i <= j)) found.Add($"only {leftName}: {onlyLeft[i++]}");
            else found.Add($"only {rightName}: {onlyRight[j++]}");
        }
        if (found.Count < max && left.Count != right.Count && onlyLeft.Count == 0 && onlyRight.Count == 0)
            found.Add($"{leftName} has {left.Count} {typeof(T).Name}s, {rightName} {right.Count} (duplicates)");
    }
}
