namespace EmergencyDSS.Dsl.Model;

public sealed record RulesetHeader
{
    public required string Name { get; init; }
    public required string Version { get; init; }
    /// <summary>Issuing authority, e.g. 重庆市生态环境局.</summary>
    public required string Authority { get; init; }
    /// <summary>IANA time zone; Asia/Shanghai for every Chinese plan.</summary>
    public required string TimeZone { get; init; }
    public DateOnly? EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    /// <summary>Document-number prefix for notices, e.g. 渝环应急 → 渝环应急〔2024〕12号.</summary>
    public string? DocumentPrefix { get; init; }
    /// <summary>Duty-desk contact printed on notices.</summary>
    public string? Contact { get; init; }
    /// <summary>Hours a notice may stay unacknowledged before a reminder.</summary>
    public int? AcknowledgeWithinHours { get; init; }
    /// <summary>sha256 of the source text(s) this model was compiled from (hex, lower case).</summary>
    public string? Sha256 { get; init; }
}
