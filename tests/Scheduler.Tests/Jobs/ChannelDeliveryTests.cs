using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Tests.Support;
using MimeKit;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// The service delivering through the network channels to real peers on loopback: every enterprise and
/// site notice reaches the recipient's e-mail (an SMTP server started here), every enterprise notice its
/// webhook (an endpoint that fails twice, then accepts), each exactly once, beside the file outbox.
/// </summary>
[Collection("postgres")]
public sealed class ChannelDeliveryTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset ForecastTime = DateTimeOffset.Parse("2024-12-03T09:00:00+08:00");

    [Fact]
    public async Task ApprovedNotices_ReachEmailAndWebhook_OnceEach_AfterTheWebhookFailsTwice()
    {
        using var folder = new TempFolder();
        await using var smtp = new LoopbackSmtpServer();
        await using var webhook = await LoopbackWebhook.StartAsync(new WebhookReply(503), new WebhookReply(503));
        var enterprises = Repo.WithWebhook(Repo.EnterpriseSubset(folder.Path, 600), webhook.Url());
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(ForecastTime),
            enterprises, configure: o => o with
            {
                Sites = Subset(Repo.Sample("sites.csv"), folder.Path, 40),
                Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, FromAddress = "bureau@example.cn", Backoff = new(TimeSpan.FromMilliseconds(10), 2, TimeSpan.FromMilliseconds(50)) },
                Webhook = new WebhookOptions { Backoff = new(TimeSpan.FromMilliseconds(10), 2, TimeSpan.FromMilliseconds(50)) },
            });

        await service.UploadAndPlanAsync("forecast-orange.csv");
        foreach (var w in await service.GetListAsync("/api/warnings")) await service.ApproveAsync(w.GetProperty("id").GetInt64());
        var notices = await service.CountAsync("select count(*) from notices");
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from notices where status = 'Delivered'"), n => n == notices,
            TimeSpan.FromSeconds(60), "every approved notice to be delivered");

        var enterpriseNotices = await service.CountAsync("select count(*) from notices where target_kind = 'enterprise'");
        var siteNotices = await service.CountAsync("select count(*) from notices where target_kind = 'site'");
        Assert.True(enterpriseNotices > 0 && siteNotices > 0, $"the orange forecast should give enterprise and site notices ({enterpriseNotices}, {siteNotices})");
        var mailNotices = enterpriseNotices + siteNotices;
        Assert.Equal(mailNotices, await service.CountAsync("select count(*) from deliveries where channel = 'email' and outcome = 'Delivered'"));
        Assert.Equal(enterpriseNotices, await service.CountAsync("select count(*) from deliveries where channel = 'webhook' and outcome = 'Delivered'"));
        Assert.Equal(enterpriseNotices + 2, await service.CountAsync("select sum(attempts) from deliveries where channel = 'webhook'"));

        // E-mail: one message per enterprise and site notice, to the recipient's address, titled as the stored notice.
        Assert.Equal(mailNotices, smtp.Received.Count);
        var stored = await Database.StringsAsync(service.Postgres, "select email || '|' || title || '|' || document_number from notices where target_kind in ('enterprise', 'site')");
        Assert.Equal(mailNotices, stored.Count);
        var mailed = smtp.Received.Select(m => MimeMessage.Load(new MemoryStream(m.Data)))
            .Select(m => $"{m.To.Mailboxes.Single().Address}|{m.Subject}").ToHashSet();
        foreach (var row in stored)
        {
            var (email, title, number) = (row.Split('|')[0], row.Split('|')[1], row.Split('|')[2]);
            Assert.Contains($"{email}|{title}（{number}）", mailed);
        }

        // Webhook: the two 503s were retried, so two extra requests; every key arrived, each notice's body once accepted.
        var keys = webhook.Requests.Select(r => r.Headers["Idempotency-Key"]).ToList();
        Assert.Equal(enterpriseNotices + 2, keys.Count);
        Assert.Equal(enterpriseNotices, keys.Distinct().Count());
        var bodies = webhook.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("notice_id").GetInt64()).Distinct().Count();
        Assert.Equal(enterpriseNotices, bodies);
    }

    /// <summary>Every <paramref name="step"/>-th row of a sample list (header kept), written to <paramref name="folder"/>.</summary>
    private static string Subset(string csv, string folder, int step)
    {
        var lines = File.ReadAllLines(csv, Encoding.UTF8);
        var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(csv)}-every-{step}.csv");
        File.WriteAllLines(path, [lines[0], .. lines.Skip(1).Where((_, i) => i % step == 0)], new UTF8Encoding(false));
        return path;
    }
}
