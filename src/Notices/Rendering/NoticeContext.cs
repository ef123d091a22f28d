using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Notices;

/// <summary>
/// What every notice of one render run shares: the ruleset (issuers, level names), the decision time,
/// the acknowledgment portal (DSS_PORTAL_URL overrides the ruleset's <c>portal</c>), and the 文号 of
/// the city's regional warning notices that district notices cite, and the district warning notices their recipients' notices cite.
/// </summary>
internal sealed record NoticeContext(RuleModel Model, string RulesetSha256, DateTimeOffset IssuedAt)
{
    public const string PortalVariable = "DSS_PORTAL_URL";

    private readonly Dictionary<string, Issuer> _issuers = new(StringComparer.Ordinal);

    public string Authority => City.Authority;
    public string Prefix => City.Prefix;
    public Issuer City => IssuerOf(PlannedNotice.City);
    public int AcknowledgeWithinHours => Model.Header.AcknowledgeWithinHours ?? 24;

    /// <summary>Portal address from the environment, if set (read once per run).</summary>
    public string? PortalOverride { get; init; } = Environment.GetEnvironmentVariable(PortalVariable) is { Length: > 0 } url ? url : null;

    /// <summary>Regional warning (region, start) → 文号 of the city's notice.</summary>
    public Dictionary<(string Region, DateOnly Start, DateOnly End), string> RegionalNumbers { get; } = [];

    /// <summary>District warning notices of this run, (district, event, step) → (title, 文号): the notices to its recipients cite them
    /// (filled between the renderer's two passes, only read while recipients render).</summary>
    public Dictionary<(string District, string Event, int Step), (string Title, string Number)> WarningNotices { get; } = [];

    public Issuer IssuerOf(string district)
    {
        lock (_issuers)
        {
            if (!_issuers.TryGetValue(district, out var issuer))
                _issuers[district] = issuer = district == PlannedNotice.City ? Issuer.For(Model, IssuerModel.City) : Issuer.For(Model, district);
            return issuer;
        }
    }

    public string? Portal(Issuer issuer) => PortalOverride ?? issuer.Portal;

    public LevelModel? LevelOf(string id) => Model.Levels.FirstOrDefault(l => l.Id == id);
}
