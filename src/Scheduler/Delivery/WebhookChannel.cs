using System.Net.Http.Headers;
using System.Text;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// POSTs a notice as JSON to the recipient's webhook, with an Idempotency-Key header so a receiver
/// can drop the copies our retries make. Network errors, timeouts, 5xx, 408 and 429 are retried
/// here with backoff (or the receiver's Retry-After), then reported as <see cref="DeliveryOutcome.Failed"/>;
/// any other non-2xx answer is <see cref="DeliveryOutcome.PermanentFailure"/>. Only the caller's
/// cancellation throws. Holds no state of its own: thread-safe as the injected <see cref="HttpClient"/> is.
/// </summary>
internal sealed class WebhookChannel(HttpClient http, WebhookOptions options, TimeProvider? timeProvider = null) : IDeliveryChannel
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    public string Name => "webhook";

    public bool Applies(DeliveryRequest request) => TryEndpoint(request.Webhook, out _);

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        if (!TryEndpoint(request.Webhook, out var endpoint))
            return DeliveryResult.Permanent($"no usable webhook address for {request.TargetName} (`{request.Webhook}`)", 0);
        var body = WebhookPayload.From(request).ToUtf8Json();
        var key = IdempotencyKeyHeader.Encode(request.IdempotencyKey);
        var where = endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        var attempts = Math.Max(1, options.Attempts);
        for (var attempt = 1; ; attempt++)
        {
            var (status, retryAfter, detail) = await PostAsync(endpoint, body, key, cancellationToken).ConfigureAwait(false);
            var text = $"{where} {detail} (attempt {attempt} of {attempts})";
            if (status is >= 200 and < 300) return DeliveryResult.Delivered(text, attempt);
            if (status is not null and not (>= 500 or 408 or 429)) return DeliveryResult.Permanent(text, attempt);
            if (attempt == attempts) return DeliveryResult.Failed(text, attempt);
            var wait = retryAfter is { } asked ? Clamp(asked, options.MaxRetryAfter) : options.Backoff.After(attempt);
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One POST. Status is null when no HTTP answer came (network error or timeout).</summary>
    private async Task<(int? Status, TimeSpan? RetryAfter, string Detail)> PostAsync(
        Uri endpoint, byte[] body, string key, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.AttemptTimeout);
        using var post = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        // A new header value per request: header objects are mutable and requests run concurrently.
        post.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        post.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await http.SendAsync(post, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var detail = $"answered {status} {response.ReasonPhrase}";
            if (!response.IsSuccessStatusCode)
                detail += await SnippetAsync(response.Content, timeout.Token).ConfigureAwait(false);
            return (status, RetryAfter(response.Headers.RetryAfter), detail);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return (null, null, $"did not answer within {options.AttemptTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            return (null, null, $"unreachable ({e.HttpRequestError}): {e.Message}");
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan max) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;

    /// <summary>The start of an error body, so the delivery log says why without storing a whole page.</summary>
    private static async Task<string> SnippetAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = new byte[300];
        int read;
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
        {
            return ""; // the status code already says what happened; a lost error page must not hide it
        }
        var text = Encoding.UTF8.GetString(buffer, 0, read).ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? "" : $": {text}";
    }

    private static bool TryEndpoint(string? webhook, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? endpoint) =>
        Uri.TryCreate(webhook, UriKind.Absolute, out endpoint)
        && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps)
        && endpoint.Host.Length > 0;
}
