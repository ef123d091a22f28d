using EmergencyDSS.Scheduler.Delivery;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// The one place the delivery channels are composed. Every notice goes to each channel that
/// <see cref="IDeliveryChannel.Applies"/>; adding e-mail or webhook is one line each below.
/// </summary>
internal sealed class DeliveryChannelSet
{
    public IReadOnlyList<IDeliveryChannel> Channels { get; }

    public DeliveryChannelSet(IReadOnlyList<IDeliveryChannel> channels) => Channels = channels;

    public static DeliveryChannelSet FromOptions(ServeOptions options, TimeProvider clock)
    {
        var channels = new List<IDeliveryChannel>();
        if (options.Outbox is not null) channels.Add(new FileOutboxChannel(options.Outbox, clock));
        // channels.Add(SmtpChannel.FromEnvironment(clock));      (DSS_SMTP_HOST / DSS_SMTP_PORT / DSS_SMTP_FROM)
        // channels.Add(new WebhookChannel(httpClient, clock));
        return new DeliveryChannelSet(channels);
    }
}
