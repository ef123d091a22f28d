namespace EmergencyDSS.Dsl.Model;

/// <summary>
/// Who issues the notices of a district (or, with <see cref="City"/>, the city's own: regional
/// warnings and traffic 通告): the authority, its 文号 prefix (渝北环应急), duty contact, the
/// government it reports to (主送, e.g. 重庆两江新区管理委员会), the traffic police that co-sign
/// 通告, and the portal where recipients acknowledge. Absent items fall back to the city issuer,
/// then to the ruleset header.
/// </summary>
public sealed record IssuerModel
{
    public const string City = "city";

    /// <summary><see cref="City"/> or a declared district.</summary>
    public required string Scope { get; init; }
    public required string Authority { get; init; }
    public string? DocumentPrefix { get; init; }
    /// <summary>e.g. 区生态环境局应急值班室 023-67821234 (the last word is the phone).</summary>
    public string? Contact { get; init; }
    public string? Government { get; init; }
    public string? Police { get; init; }
    public string? Portal { get; init; }
    public SourceRef? Source { get; init; }
}
