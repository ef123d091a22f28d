using MailKit.Security;
using MimeKit;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// Where and how <see cref="SmtpChannel"/> sends. Defaults suit a relay on the bureau's own
/// network (plain SMTP on port 25, no login); set <see cref="Security"/> for anything farther.
/// </summary>
internal sealed record SmtpOptions
{
    public required string Host { get; init; }
    public int Port { get; init; } = 25;
    public string FromAddress { get; init; } = "dss@localhost.localdomain";
    public string FromName { get; init; } = "生态环境局";
    public string? User { get; init; }
    public string? Password { get; init; }
    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.None;

    /// <summary>Bounds one attempt: connect, greet, send and the server's reply.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public int Attempts { get; init; } = 3;
    public Backoff Backoff { get; init; } = new(TimeSpan.FromSeconds(2), 2, TimeSpan.FromSeconds(30));

    /// <summary>Right-hand side of the Message-Id; null means the domain of <see cref="FromAddress"/>.</summary>
    public string? MessageIdDomain { get; init; }

    public string EffectiveMessageIdDomain =>
        MessageIdDomain ?? FromAddress[(FromAddress.LastIndexOf('@') + 1)..];

    /// <summary>
    /// DSS_SMTP_HOST, DSS_SMTP_PORT, DSS_SMTP_FROM ("name &lt;address&gt;" or a bare address),
    /// DSS_SMTP_USER, DSS_SMTP_PASSWORD. Null when DSS_SMTP_HOST is unset: e-mail is then off.
    /// </summary>
    public static SmtpOptions? FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= EnvironmentSetting.Process;
        var host = EnvironmentSetting.Text(read, "DSS_SMTP_HOST");
        if (host is null) return null;
        var options = new SmtpOptions
        {
            Host = host,
            Port = EnvironmentSetting.Integer(read, "DSS_SMTP_PORT", 1, 65535) ?? 25,
            User = EnvironmentSetting.Text(read, "DSS_SMTP_USER"),
            Password = read("DSS_SMTP_PASSWORD"),
        };
        var from = EnvironmentSetting.Text(read, "DSS_SMTP_FROM");
        if (from is null) return options;
        if (!MailboxAddress.TryParse(from, out var mailbox) || !EmailAddress.IsPlausible(mailbox.Address))
            throw new InvalidOperationException(
                $"DSS_SMTP_FROM must be an e-mail address such as `生态环境局 <dss@sthjj.example.gov.cn>`, but it is `{from}`.");
        return options with
        {
            FromAddress = mailbox.Address,
            FromName = string.IsNullOrWhiteSpace(mailbox.Name) ? options.FromName : mailbox.Name,
        };
    }
}
