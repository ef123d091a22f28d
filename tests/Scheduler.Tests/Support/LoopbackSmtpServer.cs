using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>
/// A real SMTP server on 127.0.0.1 and an ephemeral port, enough for a client like MailKit:
/// greeting, EHLO/HELO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT. Scripted faults:
/// the first <see cref="DeferFirstConnections"/> connections get 451 on RCPT, <see cref="RejectedRecipients"/>
/// get 550, so do <see cref="RejectedSenders"/> on MAIL, and with <see cref="Greet"/> off it accepts connections and says nothing.
/// Every connection is bounded by <see cref="SessionTimeout"/>; Dispose stops everything.
/// </summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<ReceivedMail> received = new();
    private readonly ConcurrentBag<Task> sessions = [];
    private readonly Task acceptLoop;
    private int connections;

    public int DeferFirstConnections { get; init; }
    public IReadOnlySet<string> RejectedRecipients { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> RejectedSenders { get; init; } = new HashSet<string>();
    public bool Greet { get; init; } = true;
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public LoopbackSmtpServer()
    {
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;
    public int Connections => Volatile.Read(ref connections);
    public IReadOnlyList<ReceivedMail> Received => [.. received];

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            var number = Interlocked.Increment(ref connections);
            sessions.Add(Task.Run(() => ServeAsync(client, number)));
        }
    }

    private async Task ServeAsync(TcpClient client, int number)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        session.CancelAfter(SessionTimeout);
        using (client)
        {
            try
            {
                await using var stream = client.GetStream();
                // Latin-1 maps bytes to chars one to one, so DATA comes back byte-exact (8BITMIME, SMTPUTF8).
                using var reader = new StreamReader(stream, Encoding.Latin1, false, 1024, leaveOpen: true);
                await using var writer = new StreamWriter(stream, Encoding.Latin1, 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
                if (!Greet) { await Task.Delay(Timeout.Infinite, session.Token); return; }
                await new SmtpSession(this, number, reader, writer).RunAsync(session.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException) { }
        }
    }

    internal void Accept(ReceivedMail mail) => received.Enqueue(mail);

    /// <summary>The reply to RCPT TO for this connection and recipient.</summary>
    internal string RecipientReply(int connection, string recipient) =>
        connection <= DeferFirstConnections ? "451 4.3.0 Try again later"
        : RejectedRecipients.Contains(recipient) ? "550 5.1.1 Mailbox unavailable"
        : "250 2.1.5 OK";

    internal string SenderReply(string sender) =>
        RejectedSenders.Contains(sender) ? "550 5.7.1 Sender not allowed to relay" : "250 2.1.0 OK";

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await acceptLoop;
        await Task.WhenAll(sessions).WaitAsync(TimeSpan.FromSeconds(5));
        stop.Dispose();
    }
}
