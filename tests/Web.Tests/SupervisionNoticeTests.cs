using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Portal;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// The 督办通知 end to end with the shipped ruleset (`supervise after 2 violations within 365 days counting partly`): an
/// inspector records through the console's form 部分落实 in one episode and 未落实 in the next → the scheduler plans one
/// supervision notice from templates/supervise.sbn, numbered, delivered once through the outbox, audited, listed in the
/// console and in the enterprise's portal and API; further findings in the same window and re-runs send nothing more.
/// </summary>
[Collection("one console host at a time")]
public sealed partial class SupervisionNoticeTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();

    [Fact]
    public async Task TwoViolations_OneSupervisionNotice_DeliveredOnce_InConsoleAndPortal_NotAgainInTheWindow()
    {
        var code = host.EnterpriseCode;
        await Episodes.UploadAsync(host, await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv")));
        await Episodes.ApproveAndDeliverAsync(host, "江津区", code);
        using var inspector = new FormClient(host.BaseAddress);
        await inspector.SignInAsync(host.Accounts["inspector1"]);

        // One episode only partly complied: counted, but one is not enough.
        var first = await EpisodeAsync(code, latest: false);
        await RecordAsync(inspector, code, first, "partly", "1号线限产不到位。");
        await SupervisionJob.RunAsync(); // what the enqueued job does, done here so "nothing" is not just "not yet"
        Assert.Equal(0, await Database.CountAsync(host.Postgres, "select count(*) from notices where target_kind = 'supervision'"));

        // A week later the next orange episode, not complied: on the list → one 督办通知.
        await Episodes.UploadAsync(host, Episodes.Shifted("forecast-clean.csv", 1));
        host.AdvanceClock(TimeSpan.FromDays(7));
        await Episodes.UploadAsync(host, Episodes.Shifted("forecast-orange.csv", 7));
        await Episodes.ApproveAndDeliverAsync(host, "江津区", code);
        var outboxBefore = DeliveredLines();
        await inspector.SignInAsync(host.Accounts["inspector1"]); // the 8-hour session ended a week ago
        var second = await EpisodeAsync(code, latest: true);
        await RecordAsync(inspector, code, second, "not_complied", "复查：2号线未停产。");
        await Eventually.WaitForAsync(() => Database.CountAsync(host.Postgres,
                $"select count(*) from notices where target_kind = 'supervision' and target = '{code}' and status = 'Delivered'"),
            n => n == 1, Patience, "the supervision notice to be delivered");

        var row = (await Database.RowsAsync(host.Postgres, $"""
            select id::text, document_number, title, html, body_text, sms, event, district, episode_start::text, episode_end::text, target_name
            from notices where target_kind = 'supervision' and target = '{code}'
            """)).Single();
        var (id, number, title, html, text, sms) = (long.Parse(row[0]), row[1], row[2], row[3], row[4], row[5]);
        var name = row[10];
        Assert.Equal(("supervise", "江津区"), (row[6], row[7]));
        // Listed on the day of the second finding (host clock 2024-12-10); not again before the 365-day window ends.
        Assert.Equal(("2024-12-10", "2025-12-09"), (row[8], row[9]));
        Assert.Matches(@"^渝环应急告〔2024〕\d+号$", number);
        Assert.Equal(1, await Database.CountAsync(host.Postgres, $"select count(*) from notices where document_number = '{number}'"));
        Assert.Equal(1, await Database.CountAsync(host.Postgres, $"select count(*) from notice_numbers where notice_key like 'supervision:江津区:{code}:supervise%'"));
        Assert.Equal($"关于将{name}列入督企清单实施督办的通知", title);
        Assert.Contains(number, html);
        Assert.Contains("<h1>", html);
        var body = HtmlText(html);
        Assert.Contains($"{name}：", body);
        Assert.Contains("以下2个重污染天气过程", body);
        Assert.Contains($"江津区{Chinese(first)}起的重污染天气过程", body);
        Assert.Contains("认定为“部分落实”", body);
        Assert.Contains($"江津区{Chinese(second)}起的重污染天气过程", body);
        Assert.Contains("认定为“未落实”", body);
        Assert.Contains("近365日内累计2个过程经现场检查认定未落实或部分落实的企业列入督企清单", body);
        Assert.Contains("自2024年12月10日起将你单位列入督企清单", body);
        Assert.Contains("累计3个过程未落实的，将列入曝光名单", body);
        Assert.Contains("回执确认码", body);
        Assert.Contains("列入督企清单", text);
        Assert.Contains(number, sms);
        // Official text: no English words (the portal address and the receipt code aside).
        Assert.DoesNotMatch(EnglishWord(), Official(body));
        Assert.DoesNotMatch(EnglishWord(), Official(sms));

        // Delivered once through the outbox; the audit says why.
        // (Other recipients' notices of the second episode may still be going out: only this notice's lines count.)
        Assert.DoesNotContain(id.ToString(), outboxBefore);
        Assert.Equal(1, DeliveredLines().Count(l => l == id.ToString()));
        Assert.Equal(1, await Database.CountAsync(host.Postgres, $"select count(*) from deliveries where notice_id = {id} and channel = 'outbox' and outcome = 'Delivered'"));
        var audit = await Database.StringsAsync(host.Postgres, "select detail from audit_log where action = 'Supervised'");
        Assert.Equal($"{code} 列入督企清单（2个过程：江津区 {first} partly、江津区 {second} not_complied），督办通知{number}", Assert.Single(audit));
        Assert.Equal(1, await Database.CountAsync(host.Postgres, $"select count(*) from audit_log where entity = 'notice' and entity_id = {id} and action = 'Delivered'"));

        // Entering the list again in the same window (a third finding, the job run again, twice at once) sends nothing more.
        await RecordAsync(inspector, code, second, "not_complied", "再次复查：仍未停产。");
        await Task.WhenAll(SupervisionJob.RunAsync(), SupervisionJob.RunAsync());
        host.AdvanceClock(TimeSpan.FromDays(30));
        await SupervisionJob.RunAsync();
        Assert.Equal(1, await Database.CountAsync(host.Postgres, "select count(*) from notices where target_kind = 'supervision'"));
        Assert.Equal(1, await Database.CountAsync(host.Postgres, "select count(*) from audit_log where action = 'Supervised'"));
        await Task.Delay(1000);
        Assert.Equal(1, DeliveredLines().Count(l => l == id.ToString()));

        // The supervision list shows it beside the enterprise (inspectors read the list too).
        await inspector.SignInAsync(host.Accounts["inspector1"]); // 30 days on: signed in again
        var list = await inspector.Http.GetStringAsync("/supervision");
        Assert.Contains($"{number}（已送达）", list);

        // The console lists it among the notices; the enterprise sees it in its portal and through the API, and acknowledges it.
        using var duty = new FormClient(host.BaseAddress);
        await duty.SignInAsync(host.Accounts["duty1"]);
        var console = await duty.Http.GetStringAsync("/notices?Kind=supervision");
        Assert.Contains(number, console);
        Assert.Contains("督办企业", console);
        var portal = await host.Services.GetRequiredService<PortalQueries>().NoticesAsync(code);
        Assert.Contains(portal, n => n.Id == id && n.DocumentNumber == number);
        using var enterprise = host.Bearer("enterprise1");
        var listed = await enterprise.GetFromJsonAsync<JsonElement>("/api/notices");
        Assert.Contains(listed.EnumerateArray(), n => n.GetProperty("id").GetInt64() == id && n.GetProperty("kind").GetString() == "supervision");
        var ack = await enterprise.PostAsync($"/api/notices/{id}/ack", null);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(1, await Database.CountAsync(host.Postgres, $"select count(*) from notices where id = {id} and status = 'Acknowledged'"));
    }

    private SupervisionNoticeJob SupervisionJob => host.Services.GetRequiredService<SupervisionNoticeJob>();

    private async Task<string> EpisodeAsync(string code, bool latest) =>
        (await Database.StringsAsync(host.Postgres, $"select to_char({(latest ? "max" : "min")}(episode_start), 'YYYY-MM-DD') from notices where target = '{code}' and district = '江津区' and target_kind = 'enterprise'")).Single();

    private static async Task RecordAsync(FormClient inspector, string code, string episode, string outcome, string note)
    {
        var page = $"/inspect/{code}";
        var answer = await inspector.PostFormAsync(page, page, ("Episode", $"江津区|{episode}"), ("Outcome", outcome), ("Note", note));
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"recording a check answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
    }

    private List<string> DeliveredLines()
    {
        var log = Path.Combine(host.Outbox, "deliveries.log");
        return File.Exists(log) ? File.ReadAllLines(log).Select(l => l.Split('\t')).Where(c => c.Length == 4 && c[2] == "outbox").Select(c => c[0]).ToList() : [];
    }

    private static string Chinese(string isoDate)
    {
        var d = DateOnly.ParseExact(isoDate, "yyyy-MM-dd");
        return $"{d.Year}年{d.Month}月{d.Day}日";
    }

    private static string Official(string text) => Regex.Replace(Regex.Replace(text, @"https?://\S+?(?=[）)，。\s]|$)", ""), "确认码[A-Z2-7]{10}", "确认码");

    private static string HtmlText(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<style[^>]*>.*?</style>", "", RegexOptions.Singleline), "<[^>]+>", ""));
}
