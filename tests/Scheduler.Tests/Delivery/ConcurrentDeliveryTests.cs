using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Tests.Support;
using MimeKit;

namespace EmergencyDSS.Scheduler.Tests.Delivery;

/// <summary>One channel instance serves every worker of the scheduler at once, and a worker can be stopped mid-delivery.</summary>
public sealed class ConcurrentDeliveryTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly string[] Districts = ["渝中区", "江北区", "南岸区", "沙坪坝区", "九龙坡区", "大渡口区", "渝北区", "巴南区"];

    private static DeliveryRequest Notice(int i, string? webhook = null) =>
        SampleNotice.Request(email: $"qiye{i}@example.cn", webhook: webhook, key: $"enterprise|{Districts[i]}|{i}|issue|r7");

    [Fact]
    public async Task Deliver_EightNoticesAtOnceByEmail_EachArrivesOnceWithItsOwnMessageId()
    {
        await using var relay = new LoopbackSmtpServer();
        var channel = new SmtpChannel(new SmtpOptions { Host = "127.0.0.1", Port = relay.Port, FromAddress = "dss@sthjj.example.gov.cn" });

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => channel.DeliverAsync(Notice(i), CancellationToken.None))).WaitAsync(Bound);

        Assert.All(results, r => Assert.Equal(DeliveryOutcome.Delivered, r.Outcome));
        var arrived = relay.Received.Select(m => MimeMessage.Load(new MemoryStream(m.Data)))
            .Select(m => (To: ((MailboxAddress)m.To.Single()).Address, m.MessageId)).OrderBy(m => m.To).ToList();
        var expected = Enumerable.Range(0, 8)
            .Select(i => (To: $"qiye{i}@example.cn", MessageId: (string?)NoticeMail.MessageId(Notice(i).IdempotencyKey, "sthjj.example.gov.cn"))).ToList();
        Assert.Equal(expected, arrived);
    }

    [Fact]
    public async Task Deliver_EightNoticesAtOnceByWebhook_EachKeyArrivesOnce()
    {
        await using var endpoint = await LoopbackWebhook.StartAsync();
        using var http = new HttpClient();
        var channel = new WebhookChannel(http, new WebhookOptions());

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => channel.DeliverAsync(Notice(i, endpoint.Url().ToString()), CancellationToken.None))).WaitAsync(Bound);

        Assert.All(results, r => Assert.Equal((DeliveryOutcome.Delivered, 1), (r.Outcome, r.Attempts)));
        var keys = endpoint.Requests.Select(r => Uri.UnescapeDataString(r.Headers["Idempotency-Key"])).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 8).Select(i => Notice(i).IdempotencyKey).Order().ToList(), keys);
    }

    [Fact]
    public async Task Deliver_WorkerStoppedDuringBackoff_ThrowsCancellationInsteadOfReportingFailure()
    {
        await using var endpoint = await LoopbackWebhook.StartAsync(Enumerable.Repeat(new WebhookReply(503), 5).ToArray());
        using var http = new HttpClient();
        var channel = new WebhookChannel(http, new WebhookOptions { Backoff = new Backoff(TimeSpan.FromMinutes(1), 2, TimeSpan.FromMinutes(5)) });
        using var stop = new CancellationTokenSource();

        var delivery = channel.DeliverAsync(Notice(0, endpoint.Url().ToString()), stop.Token);
        var deadline = DateTime.UtcNow + Bound;
        while (endpoint.Requests.Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(5);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delivery.WaitAsync(Bound));
        Assert.Single(endpoint.Requests);
    }
}
