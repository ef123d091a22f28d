namespace EmergencyDSS.Notices;

/// <summary>One rendered notice to one recipient for one event. Same inputs → same bytes (and sha256).</summary>
/// <param name="Id">Stable key: <c>{target_kind}:{district}:{target}:{event}</c>.</param>
/// <param name="TargetKind">warning | enterprise | site | zone | advisory | rainfall | party.</param>
/// <param name="Subject">The template subject it was bound by (stop, limit, warning, traffic …).</param>
/// <param name="Sms">At most 500 characters.</param>
/// <param name="ContentSha256">Hex sha256 of the HTML and text, so a re-render can be recognised.</param>
public sealed record Notice(
    string Id,
    string TargetKind,
    string Target,
    string TargetName,
    string District,
    string Event,
    string Subject,
    string DocumentNumber,
    string Title,
    string Html,
    string Text,
    string Sms,
    string AcknowledgmentCode,
    string ContentSha256)
{
    /// <summary>For a notice that awaits approval (it reads 「（待审批）」): the same document as it reads once approved
    /// (「本预警已经…批准」), same 文号 and acknowledgment code; null when no approval is needed.</summary>
    public Notice? WhenApproved { get; init; }
}
