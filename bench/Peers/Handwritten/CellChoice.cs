using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Bench.Peers.Handwritten;

/// <summary>
/// The resolved content of the table cells for one (industry, grade, level): the most stringent
/// production and transport measure, worked out once at setup.
/// </summary>
internal sealed record CellChoice(Measure? Production, Measure? Transport)
{
    public static readonly CellChoice Empty = new(null, null);

    public bool IsEmpty => Production is null && Transport is null;
}
