using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// <c>kill -9</c> in a loop: a sequence of forecasts (orange → red → yellow → clean, then again one issue hour later),
/// and in every round the server is killed once while the new forecast is evaluated and planned (at a random moment
/// in the first second after the upload) and once in the middle of delivery, then started again. At the end every
/// notice that went out went out exactly once, nothing withdrawn was delivered, and nothing is left waiting.
/// <c>DSS_FAULT_CYCLES</c> sets how many times the sequence runs (1 in the normal run: 4 rounds, 8 kills; up to 8); <c>DSS_FAULT_SEED</c> the seed.
/// </summary>
[Collection("postgres")]
public sealed class KillLoopTests(PostgresServer postgres)
{
    private static readonly string[] Sequence = ["forecast-orange.csv", "forecast-red.csv", "forecast-yellow.csv", "forecast-clean.csv"];

    [Fact]
    public async Task KilledDuringPlanningAndDelivery_InALoop_ExactlyOnce_NothingStale()
    {
        var rounds = Sequence.Length * Math.Clamp(int.TryParse(Environment.GetEnvironmentVariable("DSS_FAULT_CYCLES"), out var c) ? c : 1, 1, 8);
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("DSS_FAULT_SEED"), out var s) ? s : 20261202);
        using var folder = new TempFolder();
        var db = await postgres.CreateDatabaseAsync();
        var enterprises = Repo.EnterpriseSubset(folder.Path, 6);
        var log = Path.Combine(folder.Path, "outbox", "deliveries.log");
        var killsMidDelivery = 0;
        for (var round = 0; round < rounds; round++)
        {
            var forecast = Variant(folder.Path, Sequence[round % Sequence.Length], round / Sequence.Length);
            using (var server = await ServeProcess.StartAsync(db, folder.Path, enterprises))
            {
                using var http = server.Client();
                var upload = await http.PostAsync("/api/forecasts", new ByteArrayContent(await File.ReadAllBytesAsync(forecast)));
                Assert.Equal(System.Net.HttpStatusCode.Accepted, upload.StatusCode);
                await Task.Delay(random.Next(0, 1000)); // somewhere in evaluation or planning
                server.KillHard();
            }
            using (var server = await ServeProcess.StartAsync(db, folder.Path, enterprises))
            {
                await Eventually.WaitForAsync(() => Database.CountAsync(db, "select count(*) from evaluations where status <> 'Planned'"), n => n == 0,
                    TimeSpan.FromSeconds(120), $"round {round + 1}: the evaluation to be planned after the restart", () => WhyNotPlannedAsync(db, server));
                using var approver = await server.ApproverClientAsync(db);
                using var http = server.Client();
                foreach (var w in (await http.GetFromJsonAsync<List<JsonElement>>("/api/warnings"))!.Where(w => w.GetProperty("status").GetString() == "Proposed"))
                    (await approver.PostAsync($"/api/warnings/{w.GetProperty("id").GetInt64()}/approve", null)).EnsureSuccessStatusCode();
                var due = await Database.CountAsync(db, "select count(*) from notices where status = 'Scheduled'");
                var before = Lines(log);
                await Eventually.WaitForAsync(() => Task.FromResult(Lines(log)), n => n >= before + due / 4 || due == 0,
                    TimeSpan.FromSeconds(90), $"round {round + 1}: delivery of {due} notices to get under way");
                if (await Database.CountAsync(db, "select count(*) from notices where status = 'Scheduled'") > 0) killsMidDelivery++;
                server.KillHard();
            }
        }
        using (await ServeProcess.StartAsync(db, folder.Path, enterprises))
            await Eventually.WaitForAsync(() => Database.CountAsync(db, "select count(*) from notices where status in ('Scheduled', 'Rendered')"), n => n == 0,
                TimeSpan.FromSeconds(180), "every scheduled notice to be delivered after the last restart");

        Assert.True(killsMidDelivery > 0, "no kill landed in the middle of a delivery; the test needs a bigger list");
        Assert.Equal(rounds, await Database.CountAsync(db, "select count(*) from evaluations where status = 'Planned'"));
        var delivered = await Database.CountAsync(db, "select count(*) from notices where status in ('Delivered', 'Acknowledged')");
        Assert.True(delivered > 0);
        // Before the count check: what the database says of notices the outbox lists but that are not Delivered (a failure names them).
        var listedIds = File.ReadAllLines(log).Select(l => l.Split('\t')).Where(c => c.Length == 4 && c[2] == "outbox").Select(c => c[0]).Distinct().ToList();
        var notDelivered = listedIds.Count == 0 ? [] : await Database.StringsAsync(db, $"""
            select n.status || ' ' || n.event || ' ' || coalesce(w.status, '-') || ': ' || count(*) || ' (e.g. ' || min(n.id) || '; '
                || coalesce((select string_agg(a.action || ' ' || a.detail, ' / ' order by a.id) from audit_log a where a.entity = 'notice' and a.entity_id = min(n.id)), '') || ')'
            from notices n left join warnings w on w.id = n.warning_id
            where n.id in ({string.Join(",", listedIds)}) and n.status not in ('Delivered', 'Acknowledged')
            group by n.status, n.event, w.status order by 1
            """);
        Assert.True(notDelivered.Count == 0, "notices in the outbox but not Delivered in the database: " + string.Join(" | ", notDelivered));
        OutboxLog.AssertEachDeliveredOnce(Path.Combine(folder.Path, "outbox"), delivered);
        var byStatus = string.Join(", ", await Database.StringsAsync(db, """
            select n.status || ' ' || d.channel || ' ' || d.outcome || ' ' || count(*) from deliveries d join notices n on n.id = d.notice_id
            where not d.reminder group by n.status, d.channel, d.outcome order by 1
            """));
        Assert.True(delivered == await Database.CountAsync(db, "select count(*) from deliveries where outcome in ('Delivered', 'AlreadyDelivered') and not reminder"),
            $"{delivered} notices delivered; deliveries by notice status, channel and outcome: {byStatus}");
        Assert.Equal(0, await Database.CountAsync(db, """
            select count(*) from deliveries d join notices n on n.id = d.notice_id
            where n.status = 'Withdrawn' and d.outcome in ('Delivered', 'AlreadyDelivered')
            """));
        Assert.Equal(0, await Database.CountAsync(db, "select count(*) from warnings where status not in ('Lifted', 'Rejected')"));
        var shared = await Database.StringsAsync(db, """
            select document_number || ': ' || string_agg(target_kind || ' ' || target || ' ' || event || ' ' || level || ' ' || episode_start || '–' || episode_end || ' ' || status, '; ')
            from notices where status <> 'Withdrawn' group by document_number having count(*) > 1 limit 5
            """);
        Assert.True(shared.Count == 0, "documents sharing a 文号: " + string.Join(" | ", shared));
        Console.WriteLine($"kill loop: {rounds} rounds, {2 * rounds} kills ({killsMidDelivery} mid-delivery), {delivered} notices delivered once");
    }

    /// <summary>What a stalled planning wait reports: the evaluations, the Hangfire jobs and locks, recent failures and the server's last lines.</summary>
    private static async Task<string> WhyNotPlannedAsync(string db, ServeProcess server)
    {
        var evaluations = await Database.StringsAsync(db, "select id || ' ' || status || ' created ' || created_at from evaluations order by id");
        var jobs = await Database.StringsAsync(db, """
            select j.id || ' ' || j.statename || ' ' || (j.invocationdata::json ->> 'Type') || '.' || (j.invocationdata::json ->> 'Method') || ' ' || coalesce(j.arguments::text, '')
                || coalesce(' fetched ' || q.fetchedat, '') from hangfire.job j left join hangfire.jobqueue q on q.jobid = j.id
            where j.statename not in ('Succeeded', 'Deleted') or j.invocationdata::text like '%EvaluateJob%' order by j.id
            """);
        var locks = await Database.StringsAsync(db, "select resource || ' since ' || acquired from hangfire.lock");
        var failures = await Database.StringsAsync(db, """
            select s.jobid || ' ' || s.name || ' ' || coalesce(s.reason, '') || ' ' || coalesce(s.data::json ->> 'ExceptionMessage', '') from hangfire.state s
            where s.name in ('Failed', 'Scheduled') or s.reason like 'Retry%' order by s.id desc limit 8
            """);
        var output = server.Output;
        return $"evaluations: {string.Join("; ", evaluations)} | jobs: {string.Join("; ", jobs)} | locks: {string.Join("; ", locks)} | failures: {string.Join("; ", failures)}"
            + $" | server output (last 4,000 characters): {output[Math.Max(0, output.Length - 4000)..]}";
    }

    /// <summary>The sample forecast, issued <paramref name="hoursLater"/> hours later (a new forecast each cycle of the sequence).</summary>
    private static string Variant(string folder, string sample, int hoursLater)
    {
        var text = File.ReadAllText(Repo.Sample(sample)).Replace("2024-12-01T16:00:00+08:00", $"2024-12-01T{16 + hoursLater}:00:00+08:00", StringComparison.Ordinal);
        var path = Path.Combine(folder, $"{hoursLater}-{sample}");
        File.WriteAllText(path, text);
        return path;
    }

    private static int Lines(string log) => File.Exists(log) ? File.ReadAllLines(log).Length : 0;
}
