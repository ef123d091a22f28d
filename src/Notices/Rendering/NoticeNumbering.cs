namespace EmergencyDSS.Notices;

/// <summary>A bound plan with its 文号, and the 文号 of the document it amends (null for a first document).</summary>
public sealed record NumberedNotice(PlannedNotice Plan, string Number, string? Amends);

/// <summary>The numbered plans of one step in planned order, what had no template, and the 文号 of the city's regional warning
/// notices (district warnings cite them).</summary>
public sealed record NoticeNumbering(IReadOnlyList<NumberedNotice> Notices, IReadOnlyList<string> Unbound,
    IReadOnlyDictionary<RegionalKey, string> RegionalNumbers);

/// <summary>A regional warning as its notice's 文号 is looked up: the region and the days.</summary>
public readonly record struct RegionalKey(string Region, DateOnly Start, DateOnly End);

/// <summary>A district warning notice as its recipients' notices cite it: the district, the event, the level step.</summary>
public readonly record struct WarningNoticeKey(string District, string Event, int Step);

/// <summary>What a recipient's notice cites of its district's warning notice: 《title》（文号）.</summary>
public sealed record WarningNoticeCitation(string Title, string Number);
