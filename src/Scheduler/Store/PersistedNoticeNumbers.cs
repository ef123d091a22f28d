using EmergencyDSS.Notices;
using Npgsql;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>
/// 文号 numbers kept in <c>notice_numbers</c>: loaded once inside the planning transaction (which holds the
/// planning lock), handed out in memory, and the new ones written back before commit.
/// </summary>
internal sealed class PersistedNoticeNumbers : INoticeNumberSource
{
    private readonly Dictionary<(string Prefix, int Year), Dictionary<string, int>> _known = [];
    private readonly List<(string Prefix, int Year, string Key, int Number)> _new = [];
    private readonly Dictionary<(string Prefix, int Year), int> _max = [];
    // The same keys in order, so a target's earlier documents (keys starting with its event key) are a range.
    private readonly Dictionary<(string Prefix, int Year), SortedSet<(string Key, int Number)>> _ordered = [];
    private readonly Lock _gate = new();

    public static async Task<PersistedNoticeNumbers> LoadAsync(NpgsqlConnection conn, NpgsqlTransaction tx)
    {
        var numbers = new PersistedNoticeNumbers();
        foreach (var (prefix, year, key, number) in await Sql.ListAsync(conn, tx, "select prefix, year, notice_key, number from notice_numbers",
                     r => (r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetInt32(3))))
        {
            numbers.Known(prefix, year)[key] = number;
            numbers._max[(prefix, year)] = Math.Max(number, numbers._max.GetValueOrDefault((prefix, year)));
        }
        return numbers;
    }

    public int NumberFor(string prefix, int year, string noticeKey)
    {
        lock (_gate)
        {
            var known = Known(prefix, year);
            if (known.TryGetValue(noticeKey, out var n)) return n;
            n = _max[(prefix, year)] = _max.GetValueOrDefault((prefix, year)) + 1;
            known[noticeKey] = n;
            if (_ordered.TryGetValue((prefix, year), out var ordered)) ordered.Add((noticeKey, n));
            _new.Add((prefix, year, noticeKey, n));
            return n;
        }
    }

    /// <summary>The highest number given to a key starting with <paramref name="keyPrefix"/> (the document a change notice amends).</summary>
    public int? LastIssued(string prefix, int year, string keyPrefix)
    {
        lock (_gate)
        {
            var keys = Ordered(prefix, year);
            if (keys.Count == 0) return null;
            var range = keys.GetViewBetween((keyPrefix, int.MinValue), (keyPrefix + char.MaxValue, int.MaxValue));
            return range.Count == 0 ? null : range.Max(k => k.Number);
        }
    }

    public async Task SaveAsync(NpgsqlConnection conn)
    {
        if (_new.Count == 0) return;
        await using var writer = await conn.BeginBinaryImportAsync("copy notice_numbers (prefix, year, notice_key, number) from stdin (format binary)");
        foreach (var (prefix, year, key, number) in _new)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(prefix);
            await writer.WriteAsync(year);
            await writer.WriteAsync(key);
            await writer.WriteAsync(number);
        }
        await writer.CompleteAsync();
    }

    private Dictionary<string, int> Known(string prefix, int year)
    {
        if (!_known.TryGetValue((prefix, year), out var map)) _known[(prefix, year)] = map = new(StringComparer.Ordinal);
        return map;
    }

    /// <summary>The keys of one prefix and year in order, built on the first change notice that asks (an issue-only plan never pays for it).</summary>
    private SortedSet<(string Key, int Number)> Ordered(string prefix, int year)
    {
        if (!_ordered.TryGetValue((prefix, year), out var set))
        {
            set = new(Comparer<(string Key, int Number)>.Create((a, b) =>
            {
                var byKey = string.CompareOrdinal(a.Key, b.Key);
                return byKey != 0 ? byKey : a.Number.CompareTo(b.Number);
            }));
            foreach (var (key, number) in Known(prefix, year)) set.Add((key, number));
            _ordered[(prefix, year)] = set;
        }
        return set;
    }
}
