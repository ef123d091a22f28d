namespace EmergencyDSS.Scheduler.Supervision;

/// <summary>An enterprise on a list: its violations (one per episode) inside the rule's window, oldest first.</summary>
internal sealed record ListedEnterprise(string CreditCode, string Name, string District, IReadOnlyList<CheckedEpisode> Violations)
{
    public DateTimeOffset LastInspected => Violations.Max(v => v.InspectedAt);
}
