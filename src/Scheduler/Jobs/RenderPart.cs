using System.Text.Json;
using EmergencyDSS.Notices;
using EmergencyDSS.Notices.Lifecycle;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// What the planning transaction leaves for one district's render job (<c>notice_renders.part</c>): what the job cannot
/// recompute from the stored decisions. <see cref="Received"/>: the district's recipients who had received something of its
/// open warning when the step was reconciled (it turns an upgrade into an issue for the others). <see cref="Notices"/>: each
/// notice to render, in planned order, with its 文号 and disposition. <see cref="Citations"/> and <see cref="Regional"/>: the
/// warning documents the planning transaction rendered, which the recipients' notices cite. <see cref="PlannedAt"/>: the
/// planning transaction's time (the episode dates of a notice without a warning, as the planning transaction would have stored them).
/// </summary>
internal sealed record RenderPart(
    IReadOnlyList<RenderPart.Address> Received,
    IReadOnlyList<RenderPart.Entry> Notices,
    IReadOnlyList<WarningPlan> Warnings,
    IReadOnlyList<RenderPart.Citation> Citations,
    IReadOnlyList<RenderPart.RegionalNumber> Regional,
    DateTimeOffset PlannedAt)
{
    internal sealed record Address(string TargetKind, string Target);

    /// <param name="WarningId">The warning the notice belongs to (one of <see cref="Warnings"/>), if any.</param>
    /// <param name="Status">Its state at planning: Rendered (its warning awaits approval), Scheduled or Withdrawn.</param>
    internal sealed record Entry(string Key, string Number, string? Amends, long? WarningId, string Status);

    internal sealed record Citation(string District, string Event, int Step, string Title, string Number);

    internal sealed record RegionalNumber(string Region, DateOnly Start, DateOnly End, string Number);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RenderPart FromJson(string json) =>
        JsonSerializer.Deserialize<RenderPart>(json, Json) ?? throw new InvalidOperationException("an empty render part");

    public IReadOnlySet<NoticeAddress> ReceivedIn(string district) =>
        Received.Select(a => new NoticeAddress(a.TargetKind, district, a.Target)).ToHashSet();

    public Dictionary<WarningNoticeKey, WarningNoticeCitation> WarningNotices() =>
        Citations.ToDictionary(c => new WarningNoticeKey(c.District, c.Event, c.Step), c => new WarningNoticeCitation(c.Title, c.Number));

    public Dictionary<RegionalKey, string> RegionalNumbers() =>
        Regional.ToDictionary(r => new RegionalKey(r.Region, r.Start, r.End), r => r.Number);
}
