namespace EmergencyDSS.Bench.Peers;

/// <summary>The decisions one implementation reached, sorted so two of them compare element by element.</summary>
internal sealed class PeerDecisions
{
    public IReadOnlyList<PeerWarning> Warnings { get; }
    public IReadOnlyList<PeerMeasure> Measures { get; }

    public PeerDecisions(IEnumerable<PeerWarning> warnings, IEnumerable<PeerMeasure> measures)
    {
        Warnings = [.. warnings.OrderBy(w => w.District, StringComparer.Ordinal).ThenBy(w => w.Start)];
        Measures = [.. measures.OrderBy(m => m.Enterprise, StringComparer.Ordinal).ThenBy(m => m.Start)];
    }
}
