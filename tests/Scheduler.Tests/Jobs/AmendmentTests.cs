using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>A newer forecast amends issued warnings; an upgrade into an approval level waits for approval again.</summary>
[Collection("postgres")]
public sealed class AmendmentTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2024-12-03T09:00:00+08:00");

    [Fact]
    public async Task RedAfterOrange_IsProposedAgain_ThenUpgraded()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(Now),
            Repo.EnterpriseSubset(folder.Path, 300));
        await service.WaitPlannedAsync(await UploadAsync(service, "forecast-orange.csv"));
        foreach (var w in await service.GetListAsync("/api/warnings")) await service.ApproveAsync(w.GetProperty("id").GetInt64());
        var issued = await service.CountAsync("select count(*) from notices");
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from notices where status = 'Delivered'"), n => n == issued,
            TimeSpan.FromSeconds(60), "the orange notices delivered");

        await service.WaitPlannedAsync(await UploadAsync(service, "forecast-red.csv"));

        var upgraded = (await service.GetListAsync("/api/warnings")).Where(w => w.GetProperty("level").GetString() == "red").ToList();
        Assert.NotEmpty(upgraded);
        Assert.All(upgraded, w => Assert.Equal("Proposed", w.GetProperty("status").GetString()));
        var id = upgraded[0].GetProperty("id").GetInt64();
        var upgradeNotices = await service.CountAsync($"select count(*) from notices where warning_id = {id} and event = 'upgrade'");
        Assert.True(upgradeNotices > 0, "expected upgrade notices for the red district");
        Assert.Equal(upgradeNotices, await service.CountAsync($"select count(*) from notices where warning_id = {id} and event = 'upgrade' and status = 'Rendered'"));

        await service.ApproveAsync(id);
        await Eventually.WaitForAsync(() => service.CountAsync($"select count(*) from notices where warning_id = {id} and event = 'upgrade' and status = 'Delivered'"),
            n => n == upgradeNotices, TimeSpan.FromSeconds(60), "the upgrade notices delivered");
        Assert.Equal("Upgraded", (await service.GetListAsync("/api/warnings")).Single(w => w.GetProperty("id").GetInt64() == id).GetProperty("status").GetString());
        OutboxLog.AssertEachDeliveredOnce(service.Outbox, await service.CountAsync("select count(*) from notices where status = 'Delivered'"));
    }

    [Fact]
    public async Task TwoUploadsInQuickSuccession_EndInTheNewerForecastsState()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(Now),
            Repo.EnterpriseSubset(folder.Path, 300));

        var orange = await UploadAsync(service, "forecast-orange.csv");
        var clean = await UploadAsync(service, "forecast-clean.csv");
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from evaluations where status = 'Queued'"), n => n == 0,
            TimeSpan.FromSeconds(60), "both evaluations to be planned or superseded");

        Assert.Equal("Planned", (await Database.StringsAsync(service.Postgres, $"select status from evaluations where id = {clean}")).Single());
        Assert.Contains((await Database.StringsAsync(service.Postgres, $"select status from evaluations where id = {orange}")).Single(), new[] { "Planned", "Superseded" });
        Assert.Equal(0, await service.CountAsync("select count(*) from warnings where status not in ('Lifted', 'Rejected')"));
        Assert.Equal(0, await service.CountAsync("select count(*) from notices where status in ('Rendered', 'Scheduled', 'Delivered')"));
    }

    [Fact]
    public async Task ConsultationReEvaluation_OfAnUnchangedForecast_PlansNoNotices()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(Now),
            Repo.EnterpriseSubset(folder.Path, 300));
        await service.WaitPlannedAsync(await UploadAsync(service, "forecast-orange.csv"));
        var before = await service.CountAsync("select count(*) from notices");

        var again = await service.Services.GetRequiredService<ConsultationJob>().RunAsync();

        Assert.NotNull(again);
        await service.WaitPlannedAsync(again.Value);
        Assert.Equal(before, await service.CountAsync("select count(*) from notices"));
        Assert.Equal(0, await service.CountAsync($"select notices from evaluations where id = {again}"));
    }

    [Fact]
    public async Task Inbox_IngestsGoodFiles_AndRejectsBadOnesWithTheirErrors()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(Now));
        var inbox = Path.Combine(folder.Path, "inbox");
        Directory.CreateDirectory(inbox);
        File.Copy(Repo.Sample("forecast-orange.csv"), Path.Combine(inbox, "a.csv"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "b.csv"), "issued_at,district\n");
        foreach (var name in new[] { "a.csv", "b.csv" }) File.SetLastWriteTimeUtc(Path.Combine(inbox, name), DateTime.UtcNow.AddMinutes(-1)); // settled

        await service.Services.GetRequiredService<InboxJob>().RunAsync(inbox);

        Assert.True(File.Exists(Path.Combine(inbox, "done", "a.csv")));
        Assert.True(File.Exists(Path.Combine(inbox, "rejected", "b.csv")));
        Assert.Contains("b.csv:1:1: ", await File.ReadAllTextAsync(Path.Combine(inbox, "rejected", "b.csv.errors")));
        Assert.Empty(Directory.EnumerateFiles(inbox, "*.csv"));
        Assert.Equal(1, await service.CountAsync("select count(*) from forecasts"));
    }

    private static async Task<long> UploadAsync(ServiceUnderTest service, string sample) =>
        (await (await service.UploadForecastAsync(sample)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation_id").GetInt64();
}
