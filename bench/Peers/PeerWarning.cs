namespace EmergencyDSS.Bench.Peers;

/// <summary>One warning episode in the shape all three implementations are compared in.</summary>
internal sealed record PeerWarning(string District, string Level, DateOnly Start, DateOnly End, string Pollutant,
    bool AdvisoryOnly)
{
    public override string ToString() =>
        $"warning {District} {Level} {Start:yyyy-MM-dd}..{End:yyyy-MM-dd} {Pollutant}{(AdvisoryOnly ? " advisory-only" : "")}";
}
