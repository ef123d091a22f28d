namespace EmergencyDSS.Web.Console;

/// <summary>What the duty desk shows: the districts' tiles and levels, the latest evaluation, what changed, and what waits for this account.</summary>
internal sealed record DeskSnapshot(
    IReadOnlyList<DeskSnapshot.Tile> Tiles,
    IReadOnlyList<DeskSnapshot.OpenWarning> Warnings,
    DeskSnapshot.LatestEvaluation? Latest,
    IReadOnlyList<DeskSnapshot.Change> Changes,
    IReadOnlyList<DeskSnapshot.Waiting> WaitingForMe,
    IReadOnlyDictionary<string, long> NoticeCounts,
    DateTimeOffset Now)
{
    public sealed record Tile(string District, int X, int Y, string? Current, string? Proposed, long? WarningId);
    public sealed record OpenWarning(long Id, string District, string Level, string Status, DateOnly Start, DateOnly End, DateTimeOffset? IssueBy, string? ProposedBy);
    public sealed record LatestEvaluation(long Id, long ForecastId, string FileName, DateTimeOffset IssuedAt, string Status, string By, DateTimeOffset At, int? Notices);
    public sealed record Change(long WarningId, string District, string Level, string Status);
    public sealed record Waiting(string What, string Href);
}
