using System.Security.Cryptography;
using System.Text;
using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Tests.Support;
using MimeKit;

namespace EmergencyDSS.Scheduler.Tests.Delivery;

public sealed class SmtpChannelTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly RecordingTimeProvider clock = new();

    private SmtpChannel Channel(int port, int attempts = 3, TimeSpan? timeout = null) => new(new SmtpOptions
    {
        Host = "127.0.0.1",
        Port = port,
        FromAddress = "dss@sthjj.example.gov.cn",
        Attempts = attempts,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
        Backoff = new Backoff(TimeSpan.FromMilliseconds(5), 2, TimeSpan.FromMilliseconds(50)),
    }, clock);

    private static MimeMessage Parse(ReceivedMail mail) => MimeMessage.Load(new MemoryStream(mail.Data));

    [Fact]
    public async Task Deliver_RelayAccepts_SendsChineseTextAndHtmlAlternatives()
    {
        await using var relay = new LoopbackSmtpServer();
        var request = SampleNotice.Request();

        var result = await Channel(relay.Port).DeliverAsync(request, CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(1, result.Attempts);
        var mail = Assert.Single(relay.Received);
        Assert.Equal("dss@sthjj.example.gov.cn", mail.From);
        Assert.Equal(["huanbao@qiye.example.cn"], mail.To);
        var message = Parse(mail);
        Assert.Equal("关于启动渝北区重污染天气橙色预警的通知（渝环应急〔2026〕37号）", message.Subject);
        var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal(("生态环境局", "dss@sthjj.example.gov.cn"), (from.Name, from.Address));
        var to = Assert.IsType<MailboxAddress>(Assert.Single(message.To));
        Assert.Equal(("重庆示例建材有限公司", "huanbao@qiye.example.cn"), (to.Name, to.Address));
        var alternatives = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternatives.Select(p => p.ContentType.MimeType));
        Assert.All(alternatives, p => Assert.Equal("utf-8", p.ContentType.Charset, ignoreCase: true));
        // The relay advertised 8BITMIME, so the text went as raw UTF-8 and its line starting with a
        // dot was stuffed by the client and unstuffed by the relay.
        Assert.True(mail.Data.AsSpan().IndexOf("\r\n.这一行以点开头\r\n"u8) >= 0, Encoding.UTF8.GetString(mail.Data));
        Assert.Equal(request.Text, message.TextBody!.ReplaceLineEndings("\n"));
        Assert.Equal(request.Html, message.HtmlBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Equal(SampleNotice.Key, Uri.UnescapeDataString(message.Headers["X-DSS-Idempotency-Key"]!));
        Assert.Equal("渝环应急〔2026〕37号", message.Headers["X-DSS-Document-Number"]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SampleNotice.Key)));
        Assert.Equal($"{hash}@sthjj.example.gov.cn", message.MessageId);
        Assert.Contains(message.MessageId!, result.Detail);
    }

    [Fact]
    public async Task Deliver_SameKeyTwice_CarriesTheSameMessageId()
    {
        await using var relay = new LoopbackSmtpServer();
        var channel = Channel(relay.Port);

        await channel.DeliverAsync(SampleNotice.Request(), CancellationToken.None).WaitAsync(Bound);
        await channel.DeliverAsync(SampleNotice.Request(), CancellationToken.None).WaitAsync(Bound);
        await channel.DeliverAsync(SampleNotice.Request(key: SampleNotice.Key + "-amended"), CancellationToken.None).WaitAsync(Bound);

        var ids = relay.Received.Select(m => Parse(m).MessageId).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
    }

    [Fact]
    public async Task Deliver_RelayDefersTwice_DeliversOnThirdAttempt()
    {
        await using var relay = new LoopbackSmtpServer { DeferFirstConnections = 2 };

        var result = await Channel(relay.Port, attempts: 3).DeliverAsync(SampleNotice.Request(), CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, relay.Connections);
        Assert.Equal("关于启动渝北区重污染天气橙色预警的通知（渝环应急〔2026〕37号）", Parse(Assert.Single(relay.Received)).Subject);
        Assert.Equal([TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10)], clock.Waits);
    }

    [Fact]
    public async Task Deliver_RelayKeepsDeferring_FailsAfterAllAttempts()
    {
        await using var relay = new LoopbackSmtpServer { DeferFirstConnections = 100 };

        var result = await Channel(relay.Port, attempts: 2).DeliverAsync(SampleNotice.Request(), CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, relay.Connections);
        Assert.Contains("451", result.Detail);
        Assert.Empty(relay.Received);
    }

    [Fact]
    public async Task Deliver_MailboxUnavailable_PermanentFailureWithoutRetry()
    {
        await using var relay = new LoopbackSmtpServer { RejectedRecipients = new HashSet<string> { "huanbao@qiye.example.cn" } };

        var result = await Channel(relay.Port, attempts: 5).DeliverAsync(SampleNotice.Request(), CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(DeliveryOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Contains("550", result.Detail);
        Assert.Equal(1, relay.Connections);
        Assert.Empty(relay.Received);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task Deliver_RelayRefusesOurSender_FailedForALaterRunWithoutRetry()
    {
        await using var relay = new LoopbackSmtpServer { RejectedSenders = new HashSet<string> { "dss@sthjj.example.gov.cn" } };

        var result = await Channel(relay.Port, attempts: 5).DeliverAsync(SampleNotice.Request(), CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Contains("550", result.Detail);
        Assert.Contains("SenderNotAccepted", result.Detail);
        Assert.Equal(1, relay.Connections);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task Deliver_NoServerListening_FailsAfterAllAttempts()
    {
        var result = await Channel(ClosedPort.Find(), attempts: 3).DeliverAsync(SampleNotice.Request(), CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Contains("ConnectionRefused", result.Detail);
        Assert.Equal(2, clock.Waits.Count);
    }

    [Fact]
    public async Task Deliver_RelayNeverGreets_TimesOutAndFails()
    {
        await using var relay = new LoopbackSmtpServer { Greet = false };

        var result = await Channel(relay.Port, attempts: 2, timeout: TimeSpan.FromMilliseconds(300))
            .DeliverAsync(SampleNotice.Request(), CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Equal(2, result.Attempts);
        Assert.Contains("did not answer", result.Detail);
        Assert.Equal(2, relay.Connections);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("不是地址")]
    [InlineData("huanbao@")]
    [InlineData("@qiye.example.cn")]
    [InlineData("huanbao@localhost")]
    [InlineData("huan bao@qiye.example.cn")]
    [InlineData("huanbao@@qiye.example.cn")]
    [InlineData("环保 <huanbao@qiye.example.cn>")]
    [InlineData("huanbao@qiye..cn")]
    public async Task Deliver_NoUsableAddress_DoesNotApplyAndNeverConnects(string? email)
    {
        await using var relay = new LoopbackSmtpServer();
        var channel = Channel(relay.Port);

        Assert.False(channel.Applies(SampleNotice.Request(email: email)));
        var result = await channel.DeliverAsync(SampleNotice.Request(email: email), CancellationToken.None).WaitAsync(Bound);
        Assert.Equal(DeliveryOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(0, relay.Connections);
    }

    [Theory]
    [InlineData("huanbao@qiye.example.cn")]
    [InlineData("zhang.san+yujing@sthjj.cq.gov.cn")]
    [InlineData("yujing@环保.中国")]
    public void Applies_PlausibleAddress_IsTrue(string email) =>
        Assert.True(Channel(25).Applies(SampleNotice.Request(email: email)));
}
