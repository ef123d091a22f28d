using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Dsl;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Engine.Sampling;
using EmergencyDSS.Notices;
using EmergencyDSS.Notices.Replay;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Tests.Lifecycle;

/// <summary>
/// `dss replay` and `dss serve` share the lifecycle: eleven daily issues of the sample winter (issue, upgrade, extend,
/// shorten, downgrade, lift) uploaded to the real scheduler on PostgreSQL — each at its issue time on the injected clock,
/// every proposal approved by an approver, due notices delivered — give the same warning transitions, the same notices
/// (recipient, event, level, state when planned) and the same final warnings as the in-memory replay of the same files.
/// </summary>
[Collection("postgres")]
public sealed class ReplayEqualsServeTests(PostgresServer postgres)
{
    private static readonly string[] Window = ["2024-12-24", "2025-01-03"];

    [Fact]
    public async Task ServeTimeline_EqualsReplayTimeline_ForTheSameUploads()
    {
        using var folder = new TempFolder();
        var enterprisesPath = Repo.EnterpriseSubset(folder.Path, 50);
        var issues = SampleGenerator.Season(90, 2024)
            .Where(i => string.CompareOrdinal(i.Name, $"forecast-{Window[0]}.csv") >= 0 && string.CompareOrdinal(i.Name, $"forecast-{Window[1]}.csv") <= 0).ToList();
        Assert.Equal(11, issues.Count);

        var replay = await ReplayAsync(enterprisesPath, issues);
        var changes = replay.Steps.Select(s => s.Change).ToHashSet();
        Assert.Superset(new HashSet<string> { "issue", "upgrade", "extend", "downgrade", "lift" }, changes);

        var first = DateTimeOffset.Parse("2024-12-24T16:00:00+08:00", CultureInfo.InvariantCulture);
        var clock = new ManualClock(first);
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, clock, enterprisesPath);
        var now = first;
        foreach (var (name, csv) in issues)
        {
            var issued = DateTimeOffset.Parse(name["forecast-".Length..^".csv".Length] + "T16:00:00+08:00", CultureInfo.InvariantCulture);
            clock.Advance(issued - now);
            now = issued;
            await service.Services.GetRequiredService<BatchDispatcher>().DispatchStalledAsync(TimeSpan.Zero);
            await DeliveredWhenDueAsync(service, now);
            var upload = await service.Http.PostAsync("/api/forecasts", new ByteArrayContent(csv));
            Assert.Equal(System.Net.HttpStatusCode.Accepted, upload.StatusCode);
            await service.WaitPlannedAsync((await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation_id").GetInt64());
            foreach (var w in (await service.GetListAsync("/api/warnings")).Where(w => w.GetProperty("status").GetString() == "Proposed").OrderBy(w => w.GetProperty("id").GetInt64()))
                await service.ApproveAsync(w.GetProperty("id").GetInt64());
            await DeliveredWhenDueAsync(service, now);
        }

        Assert.Equal(Transitions(replay), await Database.RowsAsync(service.Postgres, """
            select to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), action, detail from audit_log
            where entity = 'warning' and actor = 'scheduler'
            """).ContinueWith(t => t.Result.Select(r => string.Join(" | ", r)).Order(StringComparer.Ordinal).ToList()));
        var served = await Database.RowsAsync(service.Postgres, """
            select to_char(e.evaluated_for at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), n.district, n.target_kind, n.target, n.event, n.level,
                   (select a.action from audit_log a where a.entity = 'notice' and a.entity_id = n.id order by a.id limit 1)
            from notices n join notice_batches b on b.id = n.batch_id join evaluations e on e.id = b.evaluation_id
            """);
        var replayed = replay.Steps.SelectMany(s => s.Notices.Select(n => string.Join(" | ", Local(s.At), n.District, n.TargetKind, n.Target, n.Event, n.Level, n.Status)));
        Assert.True(served.Count > 100, $"expected a season's notices, got {served.Count}");
        var servedLines = served.Select(r => string.Join(" | ", r)).ToList();
        var onlyReplayed = replayed.Except(servedLines).Order(StringComparer.Ordinal).Take(20).ToList();
        var onlyServed = servedLines.Except(replayed).Order(StringComparer.Ordinal).Take(20).ToList();
        Assert.True(onlyReplayed.Count == 0 && onlyServed.Count == 0,
            $"notices differ.\nonly replayed:\n{string.Join("\n", onlyReplayed)}\nonly served:\n{string.Join("\n", onlyServed)}");
        Assert.Equal(replayed.Order(StringComparer.Ordinal).ToList(), servedLines.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(replay.Warnings.Select(w => $"{w.District} {w.Level} {w.Status}").ToList(),
            await Database.RowsAsync(service.Postgres, "select district, level, status from warnings order by id").ContinueWith(t => t.Result.Select(r => string.Join(" ", r)).ToList()));
    }

    private static async Task<ReplayTimeline> ReplayAsync(string enterprisesPath, IReadOnlyList<(string Name, byte[] Csv)> issues)
    {
        var model = RulesetCompiler.CompileFile(Repo.Ruleset).Model!;
        var enterprises = ReductionListLoader.Load(enterprisesPath, model).Value!;
        var forecasts = issues.Select(i => (i.Name, ForecastLoader.Parse(i.Csv, i.Name, model).Value!)).ToList();
        var renderer = new NoticeRenderer(model, Path.GetDirectoryName(Repo.Ruleset)!);
        return await new SeasonReplay(model, CompiledPlan.Compile(model), renderer, enterprises, Array.Empty<Site>()).RunAsync("chongqing-2024.dss", forecasts);
    }

    /// <summary>The audit lines the scheduler writes for each warning transition, from the replay's steps.</summary>
    private static List<string> Transitions(ReplayTimeline replay) =>
        replay.Steps.Where(s => s.State is not null).Select(s => string.Join(" | ", Local(s.At), s.State,
                s.Change == "lift" ? $"{s.District} {s.Level}"
                    : $"{s.District} {s.Level} {s.Start:yyyy-MM-dd}..{s.End:yyyy-MM-dd} ({Kind(s.Change)})"))
            .Order(StringComparer.Ordinal).ToList();

    private static string Kind(string change) => change switch
    {
        "issue" => "New", "upgrade" => "Upgraded", "downgrade" => "Downgraded", "extend" => "Extended", "shorten" => "Shortened", _ => change,
    };

    private static string Local(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Waits until no notice due by <paramref name="now"/> is still Scheduled (delivered, or withdrawn at delivery).</summary>
    private static Task DeliveredWhenDueAsync(ServiceUnderTest service, DateTimeOffset now) =>
        Eventually.WaitForAsync(() => service.CountAsync($"""
            select count(*) from notices n join notice_batches b on b.id = n.batch_id
            where n.status = 'Scheduled' and (b.due_at is null or b.due_at <= '{now.ToUniversalTime():yyyy-MM-dd HH:mm:ss}+00')
            """), n => n == 0, TimeSpan.FromSeconds(90), $"the notices due by {now:yyyy-MM-dd HH:mm} to be delivered");
}
