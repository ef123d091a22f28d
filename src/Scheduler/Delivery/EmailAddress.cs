using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// Whether a recipient's e-mail looks deliverable. Deliberately stricter than MimeKit's parser,
/// which accepts display names and obsolete forms: a typo in the contact list should send the
/// notice to another channel, not to a relay that bounces it hours later.
/// </summary>
internal static class EmailAddress
{
    public static bool IsPlausible([NotNullWhen(true)] string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254) return false;
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at > 64) return false;
        var local = email[..at];
        var domain = email[(at + 1)..];
        if (local.Any(IsForbidden) || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..")) return false;
        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0 || l.Length > 63 || l.StartsWith('-') || l.EndsWith('-'))) return false;
        // Non-ASCII letters are allowed in labels: internationalized domains such as 环保.中国.
        if (domain.Any(c => c < 128 && !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '.')) return false;
        return MailboxAddress.TryParse(email, out var parsed) && parsed.Address == email;
    }

    private static bool IsForbidden(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || "<>()[]\\,;:\"".Contains(c);
}
