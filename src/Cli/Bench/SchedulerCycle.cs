using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EmergencyDSS.Cli.Bench;

/// <summary>
/// One timed scheduler cycle on a fresh database: `dss serve` hosted in this process (or several, sharing the database
/// and the outbox, as a scaled-out service would), a forecast upload over HTTP, every warning approved as soon as it is
/// proposed, until every notice is in the file outbox.
/// </summary>
internal static class SchedulerCycle
{
    /// <param name="DeliveringServers">How many of the servers ran delivery jobs (Hangfire's Processing states).</param>
    /// <param name="RenderingServers">How many of the servers rendered districts' notices.</param>
    public sealed record Result(int Enterprises, int Warnings, long Notices, long Jobs, TimeSpan ToPlanned, TimeSpan ToDelivered, TimeSpan Total, int EvaluateMs, int PlanMs,
        long DeliveringServers, int RenderMs, long RenderingServers);

    public static async Task<Result> RunAsync(string postgres, string ruleset, string enterprises, string forecast, string folder, int workers, int servers = 1)
    {
        var database = await CreateDatabaseAsync(postgres);
        var token = Guid.NewGuid().ToString("N");
        var options = new ServeOptions
        {
            Postgres = database, Urls = "http://127.0.0.1:0", Ruleset = ruleset, Enterprises = enterprises,
            Outbox = Path.Combine(folder, "outbox"), AdminToken = token, Workers = workers, RecurringJobs = false,
        };
        var (app, errors) = await SchedulerService.StartAsync(options, TimeProvider.System);
        if (app is null) throw new Hosting.InputException(errors);
        await using var _ = app;
        // Further servers on the same database and outbox take jobs from the same queues (the first one takes the upload).
        var others = new List<WebApplication>();
        try
        {
            for (var i = 1; i < servers; i++)
                others.Add((await SchedulerService.StartAsync(options, TimeProvider.System)).App ?? throw new InvalidOperationException($"server {i + 1} did not start"));
            return await CycleAsync(app, options, database, token, enterprises, forecast);
        }
        finally
        {
            foreach (var other in others) await other.DisposeAsync();
        }
    }

    private static async Task<Result> CycleAsync(WebApplication app, ServeOptions options, string database, string token, string enterprises, string forecast)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // Four eyes: the bootstrap account uploads (and so proposes); an approver account of its own approves.
        var approverAccount = await app.Services.GetRequiredService<AccountStore>().CreateAsync("bench-approver", Roles.Approver, null, "bench-cycle");
        using var approver = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
        approver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", approverAccount.Token);
        await using var db = NpgsqlDataSource.Create(database);
        var jobsBefore = await CountAsync(db, "select count(*) from hangfire.job");

        var clock = Stopwatch.StartNew();
        var upload = await http.PostAsync("/api/forecasts", new ByteArrayContent(await File.ReadAllBytesAsync(forecast)));
        upload.EnsureSuccessStatusCode();
        var evaluation = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation_id").GetInt64();
        await WaitAsync(db, $"select count(*) from evaluations where id = {evaluation} and status = 'Planned'", 1, "planning", Bound(File.ReadLines(enterprises).Count()));
        var planned = clock.Elapsed;
        var warnings = (await http.GetFromJsonAsync<List<JsonElement>>("/api/warnings"))!;
        foreach (var w in warnings.Where(w => w.GetProperty("status").GetString() == "Proposed"))
            (await approver.PostAsync($"/api/warnings/{w.GetProperty("id").GetInt64()}/approve", null)).EnsureSuccessStatusCode();
        var notices = await CountAsync(db, "select count(*) from notices");
        await WaitAsync(db, "select count(*) from notices where status = 'Delivered'", notices, "delivery", Bound(notices));
        var total = clock.Elapsed;
        var lines = File.ReadLines(Path.Combine(options.Outbox!, "deliveries.log")).Count();
        if (lines != notices) throw new InvalidOperationException($"deliveries.log has {lines} lines for {notices} notices");
        var jobs = await CountAsync(db, "select count(*) from hangfire.job") - jobsBefore;
        var evaluateMs = await CountAsync(db, $"select evaluate_ms from evaluations where id = {evaluation}");
        var planMs = await CountAsync(db, $"select plan_ms from evaluations where id = {evaluation}");
        // From the start of the planning transaction to the last district's notices stored (the render jobs run in parallel after it).
        var renderMs = await CountAsync(db, $"""
            select coalesce(extract(epoch from max(r.rendered_at) - e.planned_at) * 1000, 0)::bigint
            from evaluations e left join notice_renders r on r.evaluation_id = e.id where e.id = {evaluation} group by e.planned_at
            """);
        var delivering = await ServersRunningAsync(db, "DeliverBatchJob");
        var rendering = await ServersRunningAsync(db, "RenderJob");
        await app.StopAsync();
        return new Result(File.ReadLines(enterprises).Count() - 1, warnings.Count, notices, jobs, planned, total - planned, total, (int)evaluateMs, (int)planMs,
            delivering, (int)renderMs, rendering);
    }

    private static Task<long> ServersRunningAsync(NpgsqlDataSource db, string job) => CountAsync(db, $"""
        select count(distinct s.data::json ->> 'ServerId')
        from hangfire.state s join hangfire.job j on j.id = s.jobid where s.name = 'Processing' and j.invocationdata::text like '%{job}%'
        """);

    private static async Task<string> CreateDatabaseAsync(string postgres)
    {
        var name = $"bench_cycle_{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        await using (var conn = new NpgsqlConnection(postgres))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"create database {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(postgres) { Database = name, MaxPoolSize = 60 }.ConnectionString;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    /// <summary>How long a step may take: 5 minutes, and one second more for every 200 items (500,000 notices: 47 minutes).</summary>
    private static TimeSpan Bound(long items) => TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(items / 200);

    private static async Task WaitAsync(NpgsqlDataSource db, string sql, long expected, string what, TimeSpan bound)
    {
        var limit = Stopwatch.StartNew();
        var progress = new List<string>();
        long done;
        while ((done = await CountAsync(db, sql)) < expected)
        {
            if (limit.Elapsed.TotalSeconds >= 30 * (progress.Count + 1)) progress.Add($"{limit.Elapsed:m\\:ss} {done}");
            if (limit.Elapsed > bound)
                throw new TimeoutException($"{what} did not finish within {bound.TotalSeconds:0} s ({done} of {expected}); " +
                    $"progress every 30 s: {string.Join(", ", progress)}; {await StateAsync(db)}");
            await Task.Delay(50);
        }
    }

    /// <summary>What a stalled cycle was doing: notices by state, jobs by state, the jobs in Processing, the jobs Enqueued with their queue
    /// row (which queue; fetched by a worker, and when), and the database sessions not idle.</summary>
    private static async Task<string> StateAsync(NpgsqlDataSource db)
    {
        var parts = new List<string>();
        foreach (var (label, query) in new[]
        {
            ("notices", "select status || ' ' || count(*) from notices group by status order by status"),
            ("jobs", "select coalesce(statename, '-') || ' ' || count(*) from hangfire.job group by statename order by statename"),
            ("processing", """
                select j.id || ' ' || coalesce(substring(j.invocationdata ->> 'Type' from '[A-Za-z]+Job'), '?') || j.arguments::text
                       || ' since ' || coalesce(to_char(s.createdat, 'HH24:MI:SS'), '?')
                from hangfire.job j join hangfire.state s on s.id = j.stateid where j.statename = 'Processing' order by j.id
                """),
            ("enqueued", """
                select j.id || ' ' || coalesce(substring(j.invocationdata ->> 'Type' from '[A-Za-z]+Job'), '?') || j.arguments::text
                       || ' queue ' || coalesce(q.queue, 'none') || ' fetched ' || coalesce(to_char(q.fetchedat, 'HH24:MI:SS'), 'no')
                from hangfire.job j left join hangfire.jobqueue q on q.jobid = j.id where j.statename = 'Enqueued' order by j.id
                """),
            ("sessions", """
                select coalesce(wait_event_type || ':' || wait_event, 'cpu') || ' ' || state || ' ' || coalesce(to_char(now() - coalesce(xact_start, query_start), 'MI:SS'), '?')
                       || ' ' || left(regexp_replace(query, '\s+', ' ', 'g'), 80)
                from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle' order by xact_start
                """),
        })
        {
            await using var cmd = db.CreateCommand(query);
            await using var reader = await cmd.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
            parts.Add($"{label}: {(rows.Count == 0 ? "none" : string.Join("; ", rows))}");
        }
        return string.Join(" | ", parts);
    }
}
