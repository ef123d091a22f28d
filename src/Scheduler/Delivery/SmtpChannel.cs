using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// Sends a notice by e-mail through one SMTP relay. Each attempt opens its own connection, so
/// concurrent deliveries share nothing. Transient failures (no connection, timeouts, 4xx replies)
/// are retried here with backoff, then reported as <see cref="DeliveryOutcome.Failed"/>; a 5xx
/// reply is <see cref="DeliveryOutcome.PermanentFailure"/> at once. Only the caller's cancellation throws.
/// </summary>
internal sealed class SmtpChannel(SmtpOptions options, TimeProvider? timeProvider = null) : IDeliveryChannel
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    public string Name => "email";

    public bool Applies(DeliveryRequest request) => EmailAddress.IsPlausible(request.Email);

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        if (!EmailAddress.IsPlausible(request.Email))
            return DeliveryResult.Permanent($"no usable e-mail address for {request.TargetName} (`{request.Email}`)", 0);
        var message = NoticeMail.Compose(request, request.Email, options, clock.GetUtcNow());
        var attempts = Math.Max(1, options.Attempts);
        for (var attempt = 1; ; attempt++)
        {
            var (result, retry) = await AttemptAsync(message, attempt, cancellationToken).ConfigureAwait(false);
            if (!retry || attempt == attempts) return result;
            await Task.Delay(options.Backoff.After(attempt), clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(DeliveryResult Result, bool Retry)> AttemptAsync(
        MimeKit.MimeMessage message, int attempt, CancellationToken cancellationToken)
    {
        var server = $"{options.Host}:{options.Port}";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var client = new SmtpClient { Timeout = (int)Math.Min(int.MaxValue, options.Timeout.TotalMilliseconds) };
        string reply;
        try
        {
            await client.ConnectAsync(options.Host, options.Port, options.Security, timeout.Token).ConfigureAwait(false);
            if (options.User is not null)
                await client.AuthenticateAsync(options.User, options.Password ?? "", timeout.Token).ConfigureAwait(false);
            reply = await client.SendAsync(message, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var (permanent, retryNow, detail) = Describe(e);
            var text = $"{server} {detail} (attempt {attempt} of {Math.Max(1, options.Attempts)})";
            return permanent ? (DeliveryResult.Permanent(text, attempt), false) : (DeliveryResult.Failed(text, attempt), retryNow);
        }

        // The relay has taken the message: a failing QUIT must not turn into a second copy.
        try { await client.DisconnectAsync(true, timeout.Token).ConfigureAwait(false); }
        catch (Exception e) when (e is not OutOfMemoryException) { }
        return (DeliveryResult.Delivered($"{server} accepted {message.MessageId}: {reply}", attempt), false);
    }

    /// <summary>
    /// Permanent: this notice can never go to this recipient. RetryNow: worth another attempt within
    /// this call. A 5xx that is about us (our sender refused, login or relaying denied) is neither:
    /// the notice stays Failed for a later run, once the operator has fixed the relay settings.
    /// </summary>
    private (bool Permanent, bool RetryNow, string Detail) Describe(Exception e) => e switch
    {
        SmtpCommandException c when (int)c.StatusCode >= 500 && c.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted =>
            (true, false, $"refused with {(int)c.StatusCode} ({c.ErrorCode}): {c.Message.Trim()}"),
        SmtpCommandException c when (int)c.StatusCode >= 500 =>
            (false, false, $"refused our mail with {(int)c.StatusCode} ({c.ErrorCode}); check the relay settings: {c.Message.Trim()}"),
        SmtpCommandException c => (false, true, $"deferred with {(int)c.StatusCode} ({c.ErrorCode}): {c.Message.Trim()}"),
        AuthenticationException => (false, false, $"rejected the login of `{options.User}`; check DSS_SMTP_USER and DSS_SMTP_PASSWORD: {e.Message}"),
        SocketException s => (false, true, $"unreachable ({s.SocketErrorCode}): {s.Message}"),
        OperationCanceledException or TimeoutException => (false, true, $"did not answer within {options.Timeout.TotalSeconds:0.###} s"),
        SmtpProtocolException or ServiceNotConnectedException or IOException => (false, true, $"dropped the connection: {e.Message}"),
        _ => (false, true, $"failed: {e.GetType().Name}: {e.Message}"),
    };
}
