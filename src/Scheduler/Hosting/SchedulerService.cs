using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// Starts one scheduler process: migrate the store, load the start-up inputs, start the web host and the
/// Hangfire server, register the recurring jobs and pick up whatever a previous process left half done.
/// </summary>
internal static class SchedulerService
{
    /// <summary>A shorter bureau token is guessable; refuse to start rather than run with it.</summary>
    public const int MinimumTokenLength = 16;

    public static async Task<(WebApplication? App, IReadOnlyList<string> Errors)> StartAsync(ServeOptions options, TimeProvider clock, IReadOnlyList<IHostModule>? modules = null)
    {
        if (options.AdminToken is { Length: > 0 and < MinimumTokenLength } token)
            return (null, [$"DSS_ADMIN_TOKEN has {token.Length} characters; it needs at least {MinimumTokenLength} (for example: openssl rand -hex 16)"]);
        // Hangfire workers block on their jobs while the jobs' continuations need pool threads: without enough
        // of them up front the pool grows one thread at a time and delivery crawls.
        ThreadPool.GetMinThreads(out var workerThreads, out var ioThreads);
        ThreadPool.SetMinThreads(Math.Max(workerThreads, options.Workers * 2 + 8), ioThreads);
        var app = SchedulerHost.Build(options, clock, modules);
        try
        {
            await Migrator.ApplyAsync(app.Services.GetRequiredService<NpgsqlDataSource>());
            var errors = await StartupInputs.LoadAsync(app.Services, options);
            if (errors.Count > 0)
            {
                await app.DisposeAsync();
                return (null, errors);
            }
            await app.StartAsync();
            if (options.RecurringJobs) RecurringSchedule.Register(app.Services.GetRequiredService<IRecurringJobManager>(), options);
            app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<RecoveryJob>(job => job.RunAsync(0));
            return (app, []);
        }
        catch (NpgsqlException e)
        {
            await app.DisposeAsync();
            return (null, [$"cannot use the PostgreSQL database ({e.Message})"]);
        }
    }
}
