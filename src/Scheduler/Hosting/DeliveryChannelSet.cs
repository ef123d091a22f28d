using EmergencyDSS.Scheduler.Delivery;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// The one place the delivery channels are composed. Every notice goes to each channel that
/// <see cref="IDeliveryChannel.Applies"/>: the file outbox (when --outbox is given) for every notice,
/// e-mail where the recipient has an address and an SMTP relay is configured, its webhook where it has one.
/// </summary>
internal sealed class DeliveryChannelSet
{
    /// <summary>One client for every webhook (connections pooled and renewed); each attempt has its own timeout.</summary>
    private static readonly HttpClient WebhookHttp = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public IReadOnlyList<IDeliveryChannel> Channels { get; }

    /// <summary>The file outbox, the channel whose own record can be asked what it delivered (null without --outbox).</summary>
    public FileOutboxChannel? Outbox => Channels.OfType<FileOutboxChannel>().FirstOrDefault();

    public DeliveryChannelSet(IReadOnlyList<IDeliveryChannel> channels) => Channels = channels;

    public static DeliveryChannelSet FromOptions(ServeOptions options, TimeProvider clock)
    {
        var channels = new List<IDeliveryChannel>();
        if (options.Outbox is not null) channels.Add(new FileOutboxChannel(options.Outbox, clock));
        if (options.Smtp is { } smtp) channels.Add(new SmtpChannel(smtp, clock));
        channels.Add(new WebhookChannel(WebhookHttp, options.Webhook, clock));
        return new DeliveryChannelSet(channels);
    }
}
