using System.Text;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>The command loop of one connection to <see cref="LoopbackSmtpServer"/>.</summary>
internal sealed class SmtpSession(LoopbackSmtpServer server, int connection, StreamReader reader, StreamWriter writer)
{
    private const int MaxDataBytes = 8 * 1024 * 1024;
    private string? from;
    private readonly List<string> to = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync("220 127.0.0.1 ESMTP loopback");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-127.0.0.1 greets you\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 8388608");
                    break;
                case "HELO": await writer.WriteLineAsync("250 127.0.0.1"); break;
                case "MAIL":
                    var senderReply = server.SenderReply(Address(line));
                    from = senderReply.StartsWith('2') ? Address(line) : null;
                    to.Clear();
                    await writer.WriteLineAsync(senderReply);
                    break;
                case "RCPT":
                    var reply = server.RecipientReply(connection, Address(line));
                    if (reply.StartsWith('2')) to.Add(Address(line));
                    await writer.WriteLineAsync(reply);
                    break;
                case "DATA": await DataAsync(cancellationToken); break;
                case "RSET": from = null; to.Clear(); await writer.WriteLineAsync("250 2.0.0 OK"); break;
                case "NOOP": await writer.WriteLineAsync("250 2.0.0 OK"); break;
                case "QUIT": await writer.WriteLineAsync("221 2.0.0 Bye"); return;
                default: await writer.WriteLineAsync("502 5.5.2 Command not recognized"); break;
            }
        }
    }

    private async Task DataAsync(CancellationToken cancellationToken)
    {
        if (from is null || to.Count == 0) { await writer.WriteLineAsync("503 5.5.1 Need MAIL and RCPT first"); return; }
        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == ".")
            {
                server.Accept(new ReceivedMail(from, [.. to], Encoding.Latin1.GetBytes(data.ToString())));
                from = null;
                to.Clear();
                await writer.WriteLineAsync($"250 2.0.0 OK queued as {connection}");
                return;
            }
            if (data.Length > MaxDataBytes) throw new IOException("message too large for the loopback server");
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }
    }

    /// <summary>The address between angle brackets, without parameters such as BODY=8BITMIME or SMTPUTF8.</summary>
    private static string Address(string line)
    {
        var open = line.IndexOf('<');
        var close = line.IndexOf('>', open + 1);
        var address = open >= 0 && close > open ? line[(open + 1)..close] : line[(line.IndexOf(':') + 1)..].Trim();
        return Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(address)); // SMTPUTF8 addresses arrive as UTF-8

    }
}
