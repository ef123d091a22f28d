using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Notices;

/// <summary>What every notice of one render run shares: the ruleset header and level names.</summary>
internal sealed record NoticeContext(RuleModel Model, string RulesetSha256, DateTimeOffset IssuedAt)
{
    public string Authority => Model.Header.Authority;
    public string Prefix => string.IsNullOrWhiteSpace(Model.Header.DocumentPrefix) ? Model.Header.Authority : Model.Header.DocumentPrefix!;
    public string Contact => Model.Header.Contact ?? Model.Header.Authority;
    public int AcknowledgeWithinHours => Model.Header.AcknowledgeWithinHours ?? 24;

    public LevelModel? LevelOf(string id) => Model.Levels.FirstOrDefault(l => l.Id == id);
}
