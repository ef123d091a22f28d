namespace EmergencyDSS.Dsl.Model;

/// <summary>A warning level with its trigger. Rank 1 is the mildest.</summary>
public sealed record LevelModel
{
    /// <summary>Stable id used in output: yellow, orange, red, blue, stage1…</summary>
    public required string Id { get; init; }
    /// <summary>Display name, e.g. 黄色预警.</summary>
    public required string Name { get; init; }
    /// <summary>Response name, e.g. Ⅲ级响应.</summary>
    public string? Response { get; init; }
    public required int Rank { get; init; }
    /// <summary>Null for a level that is only ever reached by a regional floor.</summary>
    public Trigger? Trigger { get; init; }
    /// <summary>A tier that issues advisories only, never production cuts (e.g. 一般污染天气).</summary>
    public bool AdvisoryOnly { get; init; }
    public SourceRef? Source { get; init; }
}
