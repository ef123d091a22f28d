using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Web;
using Microsoft.Extensions.Hosting;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss serve`: the scheduler service (the bureau console, HTTP API, Hangfire server and Dashboard, jobs) until Ctrl+C.</summary>
internal sealed class ServeCommand : ICommand
{
    public string Name => "serve";
    public string Summary => "run the scheduler service: console, HTTP API, jobs, Dashboard (PostgreSQL)";
    public string Usage => "--postgres CONN --urls URL [--ruleset FILE] [--enterprises FILE] [--sites FILE] [--outbox DIR] [--inbox DIR] [--workers N]";
    public IReadOnlyList<string> ValueOptions => ["--postgres", "--urls", "--ruleset", "--enterprises", "--sites", "--outbox", "--inbox", "--workers"];
    public IReadOnlyList<string> Flags => [];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(0, 0);
        string? Full(string option) => args.Value(option) is { } path ? context.Resolve(path) : null;
        var options = new ServeOptions
        {
            Postgres = args.Required("--postgres"),
            Urls = args.Required("--urls"),
            Ruleset = Full("--ruleset"),
            Enterprises = Full("--enterprises"),
            Sites = Full("--sites"),
            Outbox = Full("--outbox"),
            Inbox = Full("--inbox"),
            AdminToken = Environment.GetEnvironmentVariable("DSS_ADMIN_TOKEN"),
        };
        try
        {
            options = options with { Smtp = SmtpOptions.FromEnvironment(), Webhook = WebhookOptions.FromEnvironment() };
        }
        catch (InvalidOperationException e)
        {
            throw new InputException(e.Message);
        }
        var workers = args.Int("--workers", options.Workers);
        if (workers < 1) throw new UsageException("option --workers needs a positive number");
        options = options with { Workers = workers };
        if (string.IsNullOrEmpty(options.AdminToken))
            context.Error.WriteLine("dss serve: DSS_ADMIN_TOKEN is not set; sign in with accounts made by `dss user add`");
        var (app, errors) = SchedulerService.StartAsync(options, TimeProvider.System, [new ConsoleModule()]).GetAwaiter().GetResult();
        if (app is null) throw new InputException(errors);
        context.Out.WriteLine($"dss serve: listening on {options.Urls} (console /, API /api, Dashboard /hangfire); Ctrl+C stops");
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }
}
