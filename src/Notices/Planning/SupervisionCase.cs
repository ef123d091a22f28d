namespace EmergencyDSS.Notices;

/// <summary>
/// What a 督办通知 reports: the day the enterprise went on the supervision list (督企清单), the ruleset's `supervise`
/// line (how many episodes within how many days, whether 部分落实 counts; after how many the exposure list follows,
/// 0 without an `expose` line) and the violations that put it there, oldest first.
/// </summary>
public sealed record SupervisionCase(DateOnly ListedOn, int Required, int WithinDays, bool CountsPartly, int ExposedAfter,
    IReadOnlyList<SupervisedViolation> Violations);

/// <summary>One episode an on-site check found the enterprise had not complied in (outcome <c>not_complied</c> or <c>partly</c>).</summary>
public sealed record SupervisedViolation(string District, DateOnly EpisodeStart, string Outcome, DateTimeOffset InspectedAt);
