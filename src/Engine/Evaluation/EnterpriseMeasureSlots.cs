using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// Enterprise measures as the session decides them: per enterprise (by its rank in id order) a reference
/// to the shared <see cref="EnterpriseDecision"/> of its episode, so deciding allocates nothing per target
/// and the output is in id order without a sort. A second episode of the same enterprise (rare: a district
/// with two separate episodes in one forecast) goes to an overflow list kept in decision order.
/// </summary>
internal sealed class EnterpriseMeasureSlots(Enterprise[] byRank)
{
    private readonly EnterpriseDecision?[] _first = new EnterpriseDecision?[byRank.Length];
    private readonly List<(long Key, EnterpriseDecision Decision)> _more = [];

    /// <summary>How many measure records the slots expand to (production plus transport).</summary>
    public int Count { get; private set; }

    public void Add(int rank, EnterpriseDecision decision)
    {
        if (_first[rank] is null) _first[rank] = decision;
        else _more.Add((((long)rank << 32) | (uint)_more.Count, decision));
        Count += decision.Records;
    }

    /// <summary>
    /// Every enterprise measure stamped with its target, by id, then decision order, production before
    /// transport; then <paramref name="after"/>, in one array.
    /// </summary>
    public MeasureDecision[] Expand(IReadOnlyList<MeasureDecision> after)
    {
        var items = new MeasureDecision[Count + after.Count];
        _more.Sort((a, b) => a.Key.CompareTo(b.Key));
        int at = 0, more = 0;
        for (var rank = 0; rank < _first.Length; rank++)
        {
            if (_first[rank] is not { } first) continue;
            var e = byRank[rank];
            at = Stamp(items, at, first, e);
            for (; more < _more.Count && (int)(_more[more].Key >> 32) == rank; more++) at = Stamp(items, at, _more[more].Decision, e);
        }
        for (var i = 0; i < after.Count; i++) items[at++] = after[i];
        return items;
    }

    private static int Stamp(MeasureDecision[] items, int at, EnterpriseDecision d, Enterprise e)
    {
        items[at++] = d.Production with { Target = e.Id, TargetName = e.Name };
        if (d.Transport is { } t) items[at++] = t with { Target = e.Id, TargetName = e.Name };
        return at;
    }
}
