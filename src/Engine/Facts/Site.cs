namespace EmergencyDSS.Engine.Facts;

/// <summary>A construction site (施工工地).</summary>
public sealed record Site
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string District { get; init; }
    /// <summary>房建, 市政, 拆除, 道路 …</summary>
    public required string Kind { get; init; }
    /// <summary>土石方, 主体, 装饰 …</summary>
    public required string Stage { get; init; }
    /// <summary>重点工程: may be exempt with approval.</summary>
    public bool KeyProject { get; init; }
    /// <summary>Dust-control label of 「红黄绿」标志分类管控: 红, 黄, 绿, or null when unlabelled.</summary>
    public string? Label { get; init; }
    public string? Contact { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
}
