namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>A warning episode found by a peer: its level is an index into the plan's warning levels (0 = mildest).</summary>
internal sealed record Episode(string District, int Level, DateOnly Start, DateOnly End, string Pollutant, bool AdvisoryOnly);
