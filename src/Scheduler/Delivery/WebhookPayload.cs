using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// The JSON a webhook receives: the notice in its three renderings plus who and what it is for;
/// <c>reminder</c> is true when it is the reminder of a notice not yet acknowledged.
/// </summary>
internal sealed record WebhookPayload(
    long NoticeId,
    string DocumentNumber,
    string TargetKind,
    string Target,
    string TargetName,
    string District,
    string Event,
    string Title,
    string Text,
    string Sms,
    bool Reminder)
{
    // Chinese stays readable UTF-8 instead of \uXXXX escapes; HTML-sensitive characters are still escaped.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static WebhookPayload From(DeliveryRequest r) => new(
        r.NoticeId, r.DocumentNumber, r.TargetKind, r.Target, r.TargetName, r.District, r.Event,
        r.Title, r.Text, r.Sms, r.Reminder);

    /// <summary>Serialized once per delivery, so every retry sends byte-identical bodies.</summary>
    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Json);
}
