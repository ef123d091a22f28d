namespace EmergencyDSS.Bench.Peers.Shared;

/// <summary>
/// One level segment of a warning episode found by a peer (the whole episode when its level does not change):
/// its level is an index into the plan's warning levels (0 = mildest). Every listed enterprise of the
/// district gets one production measure (and its transport measure) per segment.
/// </summary>
internal sealed record LevelSegment(string District, int Level, DateOnly Start, DateOnly End, string Pollutant, bool AdvisoryOnly);
