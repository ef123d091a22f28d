using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmergencyDSS.Notices;

/// <summary>
/// One headless Chromium kept open and driven over the DevTools protocol (Page.printToPDF), so a city's
/// worth of notices costs one browser start instead of one per notice. Not thread-safe: one tab, one
/// request at a time; open one session per worker.
/// </summary>
public sealed class ChromiumPdfSession : IAsyncDisposable
{
    private readonly Process _chromium;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket = new();
    private string _session = "";
    private int _nextId;

    private ChromiumPdfSession(Process chromium, DirectoryInfo profile) => (_chromium, _profile) = (chromium, profile);

    /// <exception cref="InvalidOperationException">Chromium is missing or did not open its DevTools endpoint.</exception>
    public static async Task<ChromiumPdfSession> StartAsync(CancellationToken cancel = default)
    {
        var (start, profile) = PdfPrinter.Command("--remote-debugging-port=0", "about:blank");
        var chromium = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {PdfPrinter.ChromiumPath}");
        var session = new ChromiumPdfSession(chromium, profile);
        try
        {
            _ = chromium.StandardOutput.ReadToEndAsync(cancel);
            var endpoint = await DevToolsEndpoint(chromium, cancel);
            await session._socket.ConnectAsync(new Uri(endpoint), cancel);
            var target = await session.Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, cancel);
            var attached = await session.Send("Target.attachToTarget",
                new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, null, cancel);
            session._session = attached["sessionId"]!.GetValue<string>();
            await session.Send("Page.enable", [], session._session, cancel);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// GB/T 9704 page numbers, 「— 1 —」 in 4号 (14 pt) below the type area, printed by Chromium as real text
    /// (pdftotext finds them). Chromium fills <c>pageNumber</c> itself; the footer sits in the @page bottom margin.
    /// </summary>
    public const string PageNumberFooter =
        "<div style=\"width:100%;text-align:center;font-size:14pt;font-family:'AR PL UMing CN',serif;margin-bottom:8mm\">" +
        "— <span class=\"pageNumber\"></span> —</div>";

    /// <summary>Loads the HTML file and returns the PDF bytes (A4 from the page's @page rule, backgrounds printed).</summary>
    public async Task<byte[]> PrintAsync(string htmlPath, CancellationToken cancel = default)
    {
        var url = new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri;
        await Send("Page.navigate", new JsonObject { ["url"] = url }, _session, cancel, waitForEvent: "Page.loadEventFired");
        var pdf = await Send("Page.printToPDF", new JsonObject
        {
            ["printBackground"] = true, ["preferCSSPageSize"] = true, ["displayHeaderFooter"] = true,
            ["headerTemplate"] = "<span></span>", ["footerTemplate"] = PageNumberFooter,
        }, _session, cancel);
        return Convert.FromBase64String(pdf["data"]!.GetValue<string>());
    }

    private async Task<JsonNode> Send(string method, JsonObject parameters, string? session, CancellationToken cancel, string? waitForEvent = null)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null) message["sessionId"] = session;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancel);
        JsonNode? result = null;
        var eventSeen = waitForEvent is null;
        while (result is null || !eventSeen)
        {
            var reply = await Receive(cancel);
            if (reply["id"]?.GetValue<int>() == id)
            {
                if (reply["error"] is { } error) throw new InvalidOperationException($"Chromium {method}: {error.ToJsonString()}");
                result = reply["result"] ?? new JsonObject();
            }
            else if (reply["method"]?.GetValue<string>() == waitForEvent) eventSeen = true;
        }
        return result;
    }

    private async Task<JsonNode> Receive(CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        WebSocketReceiveResult part;
        do
        {
            part = await _socket.ReceiveAsync(chunk, cancel);
            if (part.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("Chromium closed the DevTools connection");
            buffer.Write(chunk, 0, part.Count);
        } while (!part.EndOfMessage);
        return JsonNode.Parse(buffer.ToArray()) ?? throw new InvalidOperationException("empty DevTools message");
    }

    private static async Task<string> DevToolsEndpoint(Process chromium, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (await chromium.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            const string marker = "DevTools listening on ";
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) return line[(at + marker.Length)..].Trim();
        }
        throw new InvalidOperationException($"Chromium exited without opening DevTools (exit {(chromium.HasExited ? chromium.ExitCode : -1)})");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
                await Send("Browser.close", [], null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is WebSocketException or InvalidOperationException or TimeoutException)
        {
            // The browser is going away either way; the kill below makes sure.
        }
        _socket.Dispose();
        if (!_chromium.WaitForExit(TimeSpan.FromSeconds(5))) _chromium.Kill(entireProcessTree: true);
        _chromium.Dispose();
        try { _profile.Delete(recursive: true); } catch (IOException) { /* Chromium may still hold a lock file; a temp dir is harmless. */ }
    }
}
