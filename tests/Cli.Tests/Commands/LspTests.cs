using System.Collections.Concurrent;
using System.Text.Json;
using EmergencyDSS.Cli.Commands;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>A Language Server Protocol client talks to `dss lsp` over a stream pair about the shipped rulesets.</summary>
public sealed class LspTests : IAsyncLifetime
{
    private readonly CliRun _cli = new();
    private readonly DiagnosticsSink _sink = new();
    private JsonRpc _client = null!;
    private Task _server = null!;

    private string Main => Path.Combine(_cli.Dir, "chongqing-2024.dss");
    private string Tables => Path.Combine(_cli.Dir, "chongqing-2024", "industry-tables.dss");
    private static string Uri(string path) => new Uri(path).AbsoluteUri;

    public async Task InitializeAsync()
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        _server = Task.Run(() => LspCommand.Serve(serverSide, serverSide));
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientSide, clientSide, formatter));
        _client.AddLocalRpcTarget(_sink);
        _client.StartListening();
        var init = await _client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = 1, rootUri = Uri(_cli.Dir), capabilities = new { } });
        Assert.True(init.GetProperty("capabilities").GetProperty("hoverProvider").GetBoolean());
        await _client.NotifyWithParameterObjectAsync("initialized", new { });
    }

    public async Task DisposeAsync()
    {
        await _client.InvokeWithParameterObjectAsync<object?>("shutdown");
        await _client.NotifyAsync("exit");
        await _server.WaitAsync(TimeSpan.FromSeconds(10));
        _client.Dispose();
        _cli.Dispose();
    }

    private Task Open(string path, string text) =>
        _client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = Uri(path), languageId = "dss", version = 1, text } });

    [Fact]
    public async Task Diagnostics_FollowEdits_OneTypoOneDiagnostic()
    {
        var text = await File.ReadAllTextAsync(Main);
        await Open(Main, text);
        Assert.Empty(await _sink.NextFor(Uri(Main)));
        await _client.NotifyWithParameterObjectAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri(Main), version = 2 },
            contentChanges = new[] { new { text = text.Replace("on any day", "on any dya") } },
        });
        var diagnostic = Assert.Single(await _sink.NextFor(Uri(Main)));
        Assert.Equal("DSS0001", diagnostic.GetProperty("code").GetString());
        Assert.Equal(Find(text, "aqi > 重污染 on any day", "on any day").Line, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Contains("did you mean `day`?", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Hover_OnAConstant_SaysItsValue()
    {
        var text = await File.ReadAllTextAsync(Main);
        await Open(Main, text);
        var (line, character) = Find(text, "aqi > 重污染 on any day", "重污染");
        var hover = await _client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/hover", new { textDocument = new { uri = Uri(Main) }, position = new { line, character } });
        Assert.Equal("常量 `重污染` = 200", hover.GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Definition_OfALevelInAnIncludedTable_IsItsDeclaration()
    {
        var tables = await File.ReadAllTextAsync(Tables);
        await Open(Tables, tables);
        var (line, character) = Find(tables, "| yellow", "yellow");
        var location = await _client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/definition", new { textDocument = new { uri = Uri(Tables) }, position = new { line, character } });
        Assert.Equal(Uri(Main), location.GetProperty("uri").GetString());
        var main = await File.ReadAllTextAsync(Main);
        Assert.Equal(Find(main, "level yellow", "yellow").Line, location.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Definition_OfAnIncludePath_IsThatFile()
    {
        var text = await File.ReadAllTextAsync(Main);
        await Open(Main, text);
        var (line, character) = Find(text, "include \"chongqing-2024/industry-tables.dss\"", "industry");
        var location = await _client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/definition", new { textDocument = new { uri = Uri(Main) }, position = new { line, character } });
        Assert.Equal(Uri(Tables), location.GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Formatting_GivesTheCanonicalLayout_AndCompletionOffersDeclaredNames()
    {
        var text = await File.ReadAllTextAsync(Main);
        var messy = text.Replace("const 重污染 = 200", "const   重污染=200");
        await Open(Main, messy);
        var edits = await _client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/formatting", new { textDocument = new { uri = Uri(Main) }, options = new { tabSize = 2, insertSpaces = true } });
        Assert.Equal(text, Assert.Single(edits.EnumerateArray()).GetProperty("newText").GetString());
        var items = await _client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/completion", new { textDocument = new { uri = Uri(Main) }, position = new { line = 0, character = 0 } });
        var labels = items.EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.Contains("yellow", labels);
        Assert.Contains("重污染", labels);
        Assert.Contains("主城都市区", labels);
        Assert.Contains("stop", labels);
    }

    private static (int Line, int Character) Find(string text, string context, string word)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].IndexOf(context, StringComparison.Ordinal) is var at and >= 0)
                return (i, at + context.IndexOf(word, StringComparison.Ordinal) + 1);
        throw new InvalidOperationException($"`{context}` not found");
    }

    /// <summary>The client's end of publishDiagnostics: one queue per document.</summary>
    public sealed class DiagnosticsSink
    {
        private readonly ConcurrentDictionary<string, BlockingCollection<JsonElement[]>> _byUri = new();

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(JsonElement p) =>
            Queue(p.GetProperty("uri").GetString()!).Add(p.GetProperty("diagnostics").EnumerateArray().Select(d => d.Clone()).ToArray());

        public Task<JsonElement[]> NextFor(string uri) => Task.Run(() =>
            Queue(uri).TryTake(out var next, TimeSpan.FromSeconds(20)) ? next : throw new TimeoutException($"no diagnostics for {uri}"));

        private BlockingCollection<JsonElement[]> Queue(string uri) => _byUri.GetOrAdd(uri, _ => new BlockingCollection<JsonElement[]>());
    }
}
