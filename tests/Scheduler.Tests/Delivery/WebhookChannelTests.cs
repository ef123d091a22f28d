using System.Text;
using System.Text.Json;
using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Delivery;

public sealed class WebhookChannelTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Ms = TimeSpan.FromMilliseconds(1);
    private readonly RecordingTimeProvider clock = new();
    private readonly HttpClient http = new();

    private WebhookChannel Channel(int attempts = 5, TimeSpan? maxRetryAfter = null, TimeSpan? attemptTimeout = null) => new(http, new WebhookOptions
    {
        Attempts = attempts,
        Backoff = new Backoff(Ms, 2, 8 * Ms),
        MaxRetryAfter = maxRetryAfter ?? TimeSpan.FromSeconds(2),
        AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(10),
    }, clock);

    private Task<DeliveryResult> Deliver(WebhookChannel channel, Uri url) =>
        channel.DeliverAsync(SampleNotice.Request(webhook: url.ToString()), CancellationToken.None).WaitAsync(Bound);

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Deliver_EndpointAccepts_PostsSnakeCaseJsonWithIdempotencyKey()
    {
        await using var endpoint = await LoopbackWebhook.StartAsync();

        var result = await Deliver(Channel(), endpoint.Url());

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(1, result.Attempts);
        var request = Assert.Single(endpoint.Requests);
        Assert.Equal(("POST", "/notices"), (request.Method, request.Path));
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        var key = request.Headers["Idempotency-Key"];
        Assert.True(key.All(char.IsAscii), key);
        Assert.Equal(SampleNotice.Key, Uri.UnescapeDataString(key));
        // Chinese goes as UTF-8, not \u escapes: receivers and logs can read the body as is.
        Assert.Contains("渝环应急〔2026〕37号", Encoding.UTF8.GetString(request.Body));
        using var json = JsonDocument.Parse(request.Body);
        var notice = SampleNotice.Request();
        var expected = new Dictionary<string, object>
        {
            ["notice_id"] = 4211L, ["document_number"] = notice.DocumentNumber, ["target_kind"] = "enterprise",
            ["target"] = notice.Target, ["target_name"] = notice.TargetName, ["district"] = "渝北区", ["event"] = "issue",
            ["title"] = notice.Title, ["text"] = notice.Text, ["sms"] = notice.Sms,
            ["reminder"] = false,
        };
        var actual = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.Number => (object)p.Value.GetInt64(),
            JsonValueKind.False or JsonValueKind.True => p.Value.GetBoolean(),
            _ => p.Value.GetString()!,
        });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Deliver_EndpointFailsTwice_SucceedsOnThirdAttempt()
    {
        await using var endpoint = await LoopbackWebhook.StartAsync(new(503), new(503));

        var result = await Deliver(Channel(), endpoint.Url());

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(3, result.Attempts);
        var requests = endpoint.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Single(requests.Select(r => r.Headers["Idempotency-Key"]).Distinct());
        Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
        Assert.Equal([Ms, 2 * Ms], clock.Waits);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(408)]
    [InlineData(429)]
    public async Task Deliver_TransientStatusEveryTime_FailsAfterAllAttemptsWithBackoff(int status)
    {
        await using var endpoint = await LoopbackWebhook.StartAsync(Enumerable.Repeat(new WebhookReply(status), 10).ToArray());

        var result = await Deliver(Channel(attempts: 5), endpoint.Url());

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Equal(5, result.Attempts);
        Assert.Equal(5, endpoint.Requests.Count);
        Assert.Contains($"answered {status}", result.Detail);
        Assert.Equal([Ms, 2 * Ms, 4 * Ms, 8 * Ms], clock.Waits);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(422)]
    public async Task Deliver_EndpointRefuses_PermanentFailureAfterOneAttempt(int status)
    {
        await using var endpoint = await LoopbackWebhook.StartAsync(new WebhookReply(status, Body: "no such receiver\n"));

        var result = await Deliver(Channel(), endpoint.Url());

        Assert.Equal(DeliveryOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Single(endpoint.Requests);
        Assert.Contains($"answered {status}", result.Detail);
        Assert.Contains("no such receiver", result.Detail);
        Assert.Empty(clock.Waits);
    }

    [Theory]
    [InlineData("1", 5000, 1000)] // honoured: one second, though the backoff would wait 1 ms
    [InlineData("3600", 50, 50)] // capped: an hour asked, 50 ms allowed
    public async Task Deliver_TooManyRequestsWithRetryAfter_WaitsAsToldUpToTheCap(string retryAfter, int capMs, int expectedMs)
    {
        await using var endpoint = await LoopbackWebhook.StartAsync(new WebhookReply(429, retryAfter));

        var result = await Deliver(Channel(maxRetryAfter: capMs * Ms), endpoint.Url());

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(2, result.Attempts);
        Assert.Equal([expectedMs * Ms], clock.Waits);
        var requests = endpoint.Requests;
        Assert.InRange(requests[1].At - requests[0].At, (expectedMs - 20) * Ms, Bound);
    }

    [Fact]
    public async Task Deliver_EndpointStalls_TimesOutAndRetries()
    {
        await using var endpoint = await LoopbackWebhook.StartAsync(new WebhookReply(200, Stall: TimeSpan.FromSeconds(20)));

        // Long enough that the prompt second answer fits even on a busy build machine, short against the stall.
        var result = await Deliver(Channel(attemptTimeout: TimeSpan.FromSeconds(1.5)), endpoint.Url());

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, endpoint.Requests.Count);
    }

    [Fact]
    public async Task Deliver_NoServerListening_FailsAfterAllAttempts()
    {
        var result = await Deliver(Channel(attempts: 3), new Uri($"http://127.0.0.1:{ClosedPort.Find()}/notices"));

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Contains("unreachable", result.Detail);
        Assert.Equal([Ms, 2 * Ms], clock.Waits);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/notices")]
    [InlineData("ftp://example.cn/notices")]
    [InlineData("mailto:huanbao@qiye.example.cn")]
    [InlineData("不是网址")]
    public async Task Deliver_NoUsableWebhook_DoesNotApplyAndSendsNothing(string? webhook)
    {
        var channel = Channel();
        var request = SampleNotice.Request(webhook: webhook);

        Assert.False(channel.Applies(request));
        var result = await channel.DeliverAsync(request, CancellationToken.None).WaitAsync(Bound);
        Assert.Equal(DeliveryOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(0, result.Attempts);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/notices")]
    [InlineData("https://hooks.qiye.example.cn/dss?token=abc")]
    public void Applies_AbsoluteHttpUrl_IsTrue(string webhook) =>
        Assert.True(Channel().Applies(SampleNotice.Request(webhook: webhook)));
}
