namespace EmergencyDSS.Notices;

/// <summary>Numbers kept in memory for one process (simulate, tests); thread-safe.</summary>
public sealed class InMemoryNoticeNumbers : INoticeNumberSource
{
    private readonly Dictionary<(string Prefix, int Year), Dictionary<string, int>> _issued = [];
    private readonly Lock _gate = new();

    public int NumberFor(string prefix, int year, string noticeKey)
    {
        lock (_gate)
        {
            if (!_issued.TryGetValue((prefix, year), out var numbers)) _issued[(prefix, year)] = numbers = new(StringComparer.Ordinal);
            if (!numbers.TryGetValue(noticeKey, out var n)) numbers[noticeKey] = n = numbers.Count + 1;
            return n;
        }
    }

    public int? LastIssued(string prefix, int year, string keyPrefix)
    {
        lock (_gate)
        {
            if (!_issued.TryGetValue((prefix, year), out var numbers)) return null;
            var earlier = numbers.Where(p => p.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).Select(p => p.Value).ToList();
            return earlier.Count == 0 ? null : earlier.Max();
        }
    }
}
