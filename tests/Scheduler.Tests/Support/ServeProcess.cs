using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>`dss serve` as a real child process (system clock), so a test can kill it with SIGKILL and start another.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    public Uri BaseAddress { get; }

    private ServeProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static async Task<ServeProcess> StartAsync(string postgres, string folder, string enterprises)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "dss.dll"), "serve", "--postgres", postgres, "--urls", $"http://127.0.0.1:{port}",
                     "--ruleset", Repo.Ruleset, "--enterprises", enterprises, "--outbox", Path.Combine(folder, "outbox"), "--workers", "4" })
            info.ArgumentList.Add(a);
        info.Environment["DSS_ADMIN_TOKEN"] = ServiceUnderTest.Token;
        var child = new ServeProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = child.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (child._process.HasExited) Assert.Fail($"dss serve exited with {child._process.ExitCode}: {child.Output}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return child;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (clock.Elapsed > TimeSpan.FromSeconds(180)) Assert.Fail($"dss serve did not answer /health within 180 s: {child.Output}");
            await Task.Delay(200);
        }
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>An HTTP client for this server carrying the bureau token.</summary>
    public HttpClient Client()
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ServiceUnderTest.Token);
        return http;
    }

    /// <summary>An HTTP client for this server carrying a new approver account's token (the bootstrap token uploads; four eyes).</summary>
    public async Task<HttpClient> ApproverClientAsync(string postgres)
    {
        await using var db = Npgsql.NpgsqlDataSource.Create(postgres);
        var approver = await new EmergencyDSS.Scheduler.Accounts.AccountStore(db, TimeProvider.System)
            .CreateAsync($"approver-{Guid.NewGuid():N}"[..20], EmergencyDSS.Scheduler.Accounts.Roles.Approver, null, "test");
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", approver.Token);
        return http;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no goodbye.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
