namespace EmergencyDSS.Scheduler.Supervision;

/// <summary>One on-site finding as the lists count it.</summary>
internal sealed record CheckedEpisode(string CreditCode, string Name, string District, DateOnly EpisodeStart, string Outcome, DateTimeOffset InspectedAt);
