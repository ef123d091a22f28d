using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Api;
using EmergencyDSS.Scheduler.Intake;
using EmergencyDSS.Scheduler.Jobs;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// Builds the one `dss serve` process: the domain store (Npgsql), Hangfire on the same database (schema
/// <c>hangfire</c>) with its server and admin-only Dashboard at /hangfire, the jobs, the accounts (bearer
/// tokens and the console's session cookie), the HTTP API with a policy per route group, and the modules
/// (the console) it is given.
/// </summary>
internal static class SchedulerHost
{
    public static WebApplication Build(ServeOptions options, TimeProvider clock, IReadOnlyList<IHostModule>? modules = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        // `--urls https://…` with the certificate from Kestrel's configuration (Kestrel__Certificates__Default__Path and
        // __Password in the environment); the slim builder leaves HTTPS out unless asked. Over HTTPS the session cookie is Secure.
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestBody.MaxBytes);
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        var db = new NpgsqlDataSourceBuilder(options.Postgres).Build();
        services.AddSingleton(db);
        services.AddSingleton(options);
        services.AddSingleton(clock);
        services.AddSingleton(new BureauAccount(options.AdminToken));
        services.AddAccounts();
        // Antiforgery for the console's forms and the Dashboard's POSTs (Hangfire.AspNetCore checks it when registered).
        services.AddAntiforgery(o => o.Cookie.Name = "dss_antiforgery");
        services.AddSingleton(DeliveryChannelSet.FromOptions(options, clock));
        services.AddSingleton<CompiledRulesets>();
        services.AddSingleton<RulesetIntake>();
        services.AddSingleton<ActivationProposals>();
        services.AddSingleton<ListIntake>();
        services.AddSingleton<ForecastIntake>();
        services.AddSingleton<StepSnapshots>();
        services.AddSingleton<DistrictRendering>();
        services.AddSingleton<NoticePlanning>();
        services.AddSingleton<BatchDispatcher>();
        services.AddSingleton<ApprovalGate>();
        services.AddSingleton<Acknowledgments>();
        services.AddSingleton<DeliveryRetries>();
        services.AddSingleton<AcknowledgmentThrottle>();
        services.AddTransient<EvaluateJob>();
        services.AddTransient<RenderJob>();
        services.AddTransient<DeliverBatchJob>();
        services.AddTransient<AcknowledgmentWatchJob>();
        services.AddTransient<RecoveryJob>();
        services.AddTransient<InboxJob>();
        services.AddTransient<ConsultationJob>();
        services.AddTransient<SupervisionNoticeJob>();
        // The storage is this host's own (not JobStorage.Current), so several hosts in one process (tests) keep their databases apart.
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(500),
            EnableLongPolling = true,
            // A job whose worker died (kill -9) is fetched again after this; running jobs keep extending it.
            InvisibilityTimeout = TimeSpan.FromSeconds(60),
            UseSlidingInvisibilityTimeout = true,
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(options.Postgres, storageOptions, null), storageOptions);
        services.AddSingleton<JobStorage>(storage);
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            // Not the last started host's logger factory (Hangfire's default): see LiveHostsLogProvider.
            .UseLogProvider(LiveHostsLogProvider.Instance));
        // Two servers: delivery and every other job on the default queue, and planning with a worker of its own, so a new
        // forecast is planned at once however many delivery jobs are queued (JobQueues).
        AddServer(services, JobQueues.Default, options.Workers);
        AddServer(services, JobQueues.Planning, JobQueues.PlanningWorkers);

        foreach (var module in modules ?? []) module.AddServices(services);

        var app = builder.Build();
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();
        LiveHostsLogProvider.Instance.Add(loggers);
        app.Lifetime.ApplicationStopped.Register(() => LiveHostsLogProvider.Instance.Remove(loggers));
        app.UseMiddleware<DatabaseAway>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        HealthEndpoints.Map(app);
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new DashboardAdminFilter()],
            DashboardTitle = "EmergencyDSS jobs",
            AppPath = null,
        }, storage);
        var open = app.MapGroup("/api").AllowAnonymous();
        ForecastEndpoints.Map(app.MapGroup("/api").RequireAuthorization(Policies.Duty));
        RulesetEndpoints.Map(app.MapGroup("/api").RequireAuthorization(Policies.Author), app.MapGroup("/api").RequireAuthorization(Policies.Approver));
        WarningEndpoints.Map(app.MapGroup("/api").RequireAuthorization(Policies.BureauRead), app.MapGroup("/api").RequireAuthorization(Policies.Approver));
        NoticeEndpoints.Map(app.MapGroup("/api").RequireAuthorization(Policies.NoticeRead), open);
        foreach (var module in modules ?? []) module.Map(app);
        return app;
    }

    private static void AddServer(IServiceCollection services, string queue, int workers) =>
        services.AddHangfireServer((provider, o) =>
        {
            // This host's own activator: Hangfire's global one belongs to whichever host configured it last, and
            // several hosts in one process (the console tests) would build each other's jobs from the wrong container.
            o.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
            o.WorkerCount = workers;
            o.Queues = [queue];
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.ServerCheckInterval = TimeSpan.FromSeconds(30);
            o.ServerTimeout = TimeSpan.FromMinutes(1);
        });
}
