namespace EmergencyDSS.Bench.Peers;

/// <summary>
/// What one enterprise must do in one episode, in the compared shape: its one production measure
/// and its transport measure (null kind: none applies).
/// </summary>
internal sealed record PeerMeasure(string Enterprise, string District, string Level, DateOnly Start, DateOnly End,
    string Production, double? Percent, string? Basis, string? Transport, string? MinStandard)
{
    public override string ToString() =>
        $"measure {Enterprise} {District} {Level} {Start:yyyy-MM-dd}..{End:yyyy-MM-dd} {Production}" +
        $"{(Percent is { } p ? $" {p}%" : "")}{(Basis is null ? "" : $" of {Basis}")}" +
        $"{(Transport is null ? "" : $" + {Transport}")}{(MinStandard is null ? "" : $" (min {MinStandard})")}";
}
