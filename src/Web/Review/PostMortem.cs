namespace EmergencyDSS.Web.Review;

/// <summary>
/// Everything a post-mortem (复盘报告) of one district's episode states: its timeline, the notices' fate, how many
/// enterprises reported and were verified, the reduction accounting, and who did not comply.
/// </summary>
internal sealed record PostMortem(
    string District, DateOnly EpisodeStart, DateOnly EpisodeEnd, string HighestLevel, DateTimeOffset AsOf, int AcknowledgeWithinHours,
    IReadOnlyList<PostMortem.Event> Timeline, PostMortem.NoticeCounts Notices, PostMortem.EnterpriseCounts Enterprises,
    IReadOnlyList<PostMortem.Reduction> Reductions, IReadOnlyList<PostMortem.NonComplier> NonCompliers)
{
    public sealed record Event(DateTimeOffset At, string What);
    public sealed record NoticeCounts(int Total, int Delivered, int Acknowledged, int Late, int Reminded, int Escalated);
    /// <summary>Enterprises with notices in the episode; of them how many reported implementation, were checked, were found to comply.</summary>
    public sealed record EnterpriseCounts(int WithNotices, int Reported, int Inspected, int Complied);
    /// <summary>Required and planned cut (fractions of the baseline) from the episode's latest evaluation, and the same in tonnes per
    /// year with the verified cut beside them (<see cref="VerifiedReductions"/>).</summary>
    public sealed record Reduction(string Level, string Pollutant, double Required, double Planned, bool Met, double RequiredT, double PlannedT, double VerifiedT);
    public sealed record NonComplier(string CreditCode, string Name, string Outcome, string Note, DateTimeOffset InspectedAt, bool Supervised, bool Exposed);

    public static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
