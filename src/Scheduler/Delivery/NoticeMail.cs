using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Text;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>The e-mail form of a notice: plain text and HTML alternatives, UTF-8, stable Message-Id.</summary>
internal static class NoticeMail
{
    public const string IdempotencyHeader = "X-DSS-Idempotency-Key";
    public const string DocumentNumberHeader = "X-DSS-Document-Number";

    public static MimeMessage Compose(DeliveryRequest request, string to, SmtpOptions options, DateTimeOffset now)
    {
        var message = new MimeMessage
        {
            Subject = $"{request.Title}（{request.DocumentNumber}）",
            MessageId = MessageId(request.IdempotencyKey, options.EffectiveMessageIdDomain),
            Date = now,
            Body = new MultipartAlternative { Part(TextFormat.Plain, request.Text), Part(TextFormat.Html, request.Html) },
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(request.TargetName, to));
        message.Headers.Add(IdempotencyHeader, IdempotencyKeyHeader.Encode(request.IdempotencyKey));
        message.Headers.Add(DocumentNumberHeader, Encoding.UTF8, request.DocumentNumber);
        return message;
    }

    /// <summary>
    /// Same key, same Message-Id: a resend after a crash or a lost reply carries the id of the
    /// first copy, so the recipient's mail system can drop the duplicate.
    /// </summary>
    public static string MessageId(string idempotencyKey, string domain) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))}@{domain}";

    private static TextPart Part(TextFormat format, string content)
    {
        var part = new TextPart(format);
        part.SetText(Encoding.UTF8, content);
        return part;
    }
}
