using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>
/// A real HTTP endpoint (Kestrel) on 127.0.0.1 and an ephemeral port. It answers with the scripted
/// replies in order, then 200 for ever, and records every request with its headers and body.
/// </summary>
internal sealed class LoopbackWebhook : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<WebhookReply> script;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();

    private LoopbackWebhook(IEnumerable<WebhookReply> replies)
    {
        script = new ConcurrentQueue<WebhookReply>(replies);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.Run(AnswerAsync);
    }

    public static async Task<LoopbackWebhook> StartAsync(params WebhookReply[] replies)
    {
        var webhook = new LoopbackWebhook(replies);
        await webhook.app.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return webhook;
    }

    /// <summary>The endpoint's URL, on the port Kestrel actually bound.</summary>
    public Uri Url(string path = "/notices") => new(new Uri(app.Urls.Single()), path);

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    private async Task AnswerAsync(HttpContext context)
    {
        var at = clock.Elapsed;
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, headers, body.ToArray(), at));

        var reply = script.TryDequeue(out var next) ? next : new WebhookReply(200);
        if (reply.Stall > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Stall, context.RequestAborted); }
            catch (OperationCanceledException) { return; } // the client gave up, as the test intends
        }
        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is not null) context.Response.Headers.RetryAfter = reply.RetryAfter;
        if (reply.Body.Length > 0) await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(bounded.Token);
        await app.DisposeAsync();
    }
}
