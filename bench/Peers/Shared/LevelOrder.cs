namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>
/// The plan's warning levels, mildest first, and whether measures listed for one level apply at another:
/// at the same level, and with cumulative stages (`cumulative` in the episodes block) at every higher one too.
/// </summary>
internal sealed class LevelOrder(IReadOnlyList<string> levels, bool cumulative)
{
    public IReadOnlyList<string> Ids { get; } = levels;

    /// <summary>Whether a measure listed at <paramref name="level"/> applies in a segment at level index <paramref name="at"/>.</summary>
    public bool Applies(string level, int at)
    {
        var i = IndexOf(level);
        return i == at || (cumulative && i >= 0 && i < at);
    }

    public bool Applies(IReadOnlyList<string> listed, int at)
    {
        foreach (var level in listed) if (Applies(level, at)) return true;
        return false;
    }

    private int IndexOf(string id)
    {
        for (var i = 0; i < Ids.Count; i++) if (Ids[i] == id) return i;
        return -1;
    }
}
