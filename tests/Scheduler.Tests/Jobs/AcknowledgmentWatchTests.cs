using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>Delivered but not acknowledged: a reminder after the ruleset's 4 h, an escalation after 8 h; acknowledged notices are left alone.</summary>
[Collection("postgres")]
public sealed class AcknowledgmentWatchTests(PostgresServer postgres)
{
    [Fact]
    public async Task Unacknowledged_IsRemindedAfterDeadline_AndEscalatedAfterTwice()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00"));
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, clock, Repo.EnterpriseSubset(folder.Path, 1000));
        var evaluation = await service.UploadAndPlanAsync("forecast-orange.csv");
        var warning = (await service.GetListAsync("/api/warnings")).Single(w => w.GetProperty("district").GetString() == "江津区").GetProperty("id").GetInt64();
        await service.ApproveAsync(warning);
        var total = await service.CountAsync($"select count(*) from notices where warning_id = {warning}");
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from notices where status = 'Delivered'"), n => n == total,
            TimeSpan.FromSeconds(60), "江津区 notices delivered");
        var acknowledged = await service.CountAsync($"select min(id) from notices where warning_id = {warning} and target_kind = 'enterprise'");
        var printed = (await Database.StringsAsync(service.Postgres, $"select body_text from notices where id = {acknowledged}")).Single();
        var code = System.Text.RegularExpressions.Regex.Match(printed, "回执确认码：?([A-Z2-7]{10})").Groups[1].Value;
        using var recipient = new HttpClient { BaseAddress = service.BaseAddress };
        Assert.Equal(HttpStatusCode.Forbidden, (await recipient.PostAsync($"/api/notices/{acknowledged}/ack?code=wrong", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await recipient.PostAsync($"/api/notices/{acknowledged}/ack?code={Uri.EscapeDataString(code)}", null)).StatusCode);
        var watch = service.Services.GetRequiredService<AcknowledgmentWatchJob>();

        clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal((0, 0), await watch.RunAsync());

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(((int)total - 1, 0), await watch.RunAsync());
        Assert.Equal((0, 0), await watch.RunAsync());

        clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal((0, (int)total - 1), await watch.RunAsync());
        Assert.Equal(total - 1, await service.CountAsync("select count(*) from deliveries where reminder and outcome = 'Delivered'"));
        var reminders = service.DeliveryLogLines().Where(l => l.Split('\t')[2] == "outbox-reminder").Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal(total - 1, reminders.Distinct().Count());
        Assert.Equal(total - 1, reminders.Count);
        Assert.DoesNotContain(acknowledged.ToString(), reminders);
        var reminderFile = Directory.EnumerateFiles(service.Outbox, "*-reminder.txt", SearchOption.AllDirectories).First();
        Assert.StartsWith("提醒：本通知", await File.ReadAllTextAsync(reminderFile));
        Assert.Equal(total - 1, await service.CountAsync("select count(*) from audit_log where action = 'Escalated'"));
        Assert.Equal(0, await service.CountAsync($"select count(*) from audit_log where entity_id = {acknowledged} and action in ('Reminded', 'Escalated')"));
    }
}
