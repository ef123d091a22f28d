using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmergencyDSS.Web.Tests.Support;

/// <summary>
/// One `dss serve`-equivalent host per test class (the scheduler with the console module, on a loopback port,
/// its own PostgreSQL cluster, an injected clock after the orange episode's issue time) with one account per
/// role (two duty officers: duty2 uploads by API while duty1 uses the console), and one headless Debian Chromium driven by Playwright (never a downloaded browser).
/// </summary>
public class ConsoleHost : IAsyncLifetime
{
    public const string BootstrapToken = "web-test-bootstrap";
    /// <summary>After the orange episode's issue time (start − 24 h lead), so approved notices go out at once.</summary>
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2024-12-03T09:00:00+08:00");
    private readonly PostgresServer _postgres = new();
    private readonly TempFolder _folder = new();
    private readonly ManualClock _clock = new(Now);
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;
    public string Postgres { get; private set; } = "";
    public string Outbox => Path.Combine(_folder.Path, "outbox");
    public IBrowser Browser { get; private set; } = null!;
    public Dictionary<string, ConsoleAccount> Accounts { get; } = new(StringComparer.Ordinal);
    public IServiceProvider Services => _app!.Services;
    public StringWriter Log { get; } = new();

    /// <summary>An enterprise of the sample list that gets notices from the orange forecast (江津区), and one from another district.</summary>
    public string EnterpriseCode { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        Postgres = await _postgres.CreateDatabaseAsync();
        var options = new ServeOptions
        {
            Postgres = Postgres, Urls = Urls, Ruleset = PrepareRuleset(_folder.Path), Enterprises = Repo.EnterpriseSubset(_folder.Path, 40),
            Outbox = Outbox, AdminToken = BootstrapToken, Workers = 4, RecurringJobs = false,
        };
        var (app, errors) = await SchedulerService.StartAsync(options, _clock, [new ConsoleModule()]);
        _app = app ?? throw new InvalidOperationException("console host did not start: " + string.Join("; ", errors));
        BaseAddress = new Uri(app.Urls.First());
        EnterpriseCode = File.ReadLines(options.Enterprises).Skip(1).Select(l => l.Split(',')).First(c => c.Contains("江津区"))[0];
        var store = app.Services.GetRequiredService<AccountStore>();
        foreach (var (name, role) in new[] { ("admin1", Roles.Admin), ("author1", Roles.Author), ("duty1", Roles.Duty), ("duty2", Roles.Duty), ("approver1", Roles.Approver),
                     ("approver2", Roles.Approver), ("auditor1", Roles.Auditor), ("enterprise1", Roles.Enterprise),
                     ("inspector1", Roles.Inspector) })
        {
            var code = role == Roles.Enterprise ? EnterpriseCode : null;
            var created = await store.CreateAsync(name, role, code, "test");
            Accounts[name] = new ConsoleAccount(name, role, created.Password, created.Token, code);
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public void AdvanceClock(TimeSpan by) => _clock.Advance(by);

    /// <summary>Where the host listens (a derived host may serve HTTPS).</summary>
    protected virtual string Urls => "http://127.0.0.1:0";

    /// <summary>The ruleset the host starts with: the shipped Chongqing plan (a derived host may change a copy of it).</summary>
    protected virtual string PrepareRuleset(string folder) => Repo.Ruleset;

    /// <summary>A duty officer's API client that acts "elsewhere" (uploads while duty1 watches the console).</summary>
    public HttpClient Uploader() => Bearer("duty2");

    public HttpClient Bearer(string account)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Accounts[account].Token);
        return http;
    }

    /// <summary>Where screenshots go: artifacts/web/ in the repository (gitignored).</summary>
    public static string Screenshot(string name) => Path.Combine(Directory.CreateDirectory(Path.Combine(Repo.Root, "artifacts", "web")).FullName, name + ".png");

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await _postgres.DisposeAsync();
        _folder.Dispose();
    }
}
