using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Notices;
using EmergencyDSS.Notices.Lifecycle;
using EmergencyDSS.Scheduler.Store;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>Where each recipient on the lists can be reached besides the outbox (enterprises: e-mail and webhook; sites: e-mail),
/// and how a rendered notice becomes a stored row.</summary>
internal sealed class RecipientContacts(IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites)
{
    private readonly Dictionary<(string Kind, string Id), (string? Email, string? Webhook)> _reach =
        enterprises.Select(e => (Key: ("enterprise", e.Id), Reach: (e.Email, e.Webhook)))
            .Concat(sites.Select(s => (Key: ("site", s.Id), Reach: (s.Email, (string?)null))))
            .ToDictionary(c => c.Key, c => c.Reach);

    /// <param name="now">The planning transaction's time: the dates of a notice without a warning.</param>
    public NoticeRow Row(Notice notice, string level, WarningPlan? warning, string status, long batchId, string rulesetSha256, DateTimeOffset now)
    {
        // A 错峰生产 period's notice goes to its enterprise.
        var (email, webhook) = _reach.GetValueOrDefault(notice.TargetKind == "stagger"
            ? ("enterprise", NoticePlanner.RecipientId(notice.TargetKind, notice.Target)) : (notice.TargetKind, notice.Target));
        var today = DateOnly.FromDateTime(now.Date);
        return new NoticeRow(batchId, warning?.Id, notice.TargetKind, notice.District, notice.Target, notice.TargetName, notice.Event, level,
            warning?.EpisodeStart ?? today, warning?.End ?? today, rulesetSha256, notice.Subject, notice.DocumentNumber, notice.Title,
            notice.Html, notice.Text, notice.Sms, AcknowledgmentCodes.Sha256(notice.AcknowledgmentCode), notice.ContentSha256, email, webhook,
            status, notice.WhenApproved is { } a ? new ApprovedDocument(a.Html, a.Text, a.Sms, a.ContentSha256) : null);
    }
}
