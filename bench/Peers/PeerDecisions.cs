namespace EmergencyDSS.Bench.Peers;

/// <summary>The decisions one implementation reached, sorted so two of them compare element by element.</summary>
internal sealed class PeerDecisions
{
    public IReadOnlyList<PeerWarning> Warnings { get; }
    public IReadOnlyList<PeerMeasure> Measures { get; }

    public PeerDecisions(IEnumerable<PeerWarning> warnings, IEnumerable<PeerMeasure> measures)
    {
        var w = warnings.ToArray();
        Array.Sort(w, static (a, b) => string.CompareOrdinal(a.District, b.District) is var c and not 0 ? c : a.Start.CompareTo(b.Start));
        var m = measures.ToArray();
        Array.Sort(m, static (a, b) => string.CompareOrdinal(a.Enterprise, b.Enterprise) is var c and not 0 ? c : a.Start.CompareTo(b.Start));
        Warnings = w;
        Measures = m;
    }
}
