using System.Net;
using EmergencyDSS.Scheduler.Delivery;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>The reminder of an unacknowledged notice: the same document with a reminder line on top, its own idempotency key.</summary>
internal static class ReminderRequest
{
    public static DeliveryRequest For(DeliveryRequest notice, int hours)
    {
        var line = $"提醒：本通知（{notice.DocumentNumber}）发出已超过{hours}小时仍未签收，请立即落实并凭原通知所载确认码回执。";
        return notice with
        {
            IdempotencyKey = notice.IdempotencyKey + "|reminder",
            Title = "【提醒】" + notice.Title,
            Html = AfterBody(notice.Html, $"<p class=\"reminder\"><strong>{WebUtility.HtmlEncode(line)}</strong></p>"),
            Text = line + "\n\n" + notice.Text,
            Sms = line,
            Reminder = true,
        };
    }

    private static string AfterBody(string html, string paragraph)
    {
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var open = body < 0 ? -1 : html.IndexOf('>', body);
        return open < 0 ? paragraph + html : html.Insert(open + 1, paragraph);
    }
}
