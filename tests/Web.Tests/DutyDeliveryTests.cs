using System.Net;
using System.Text.RegularExpressions;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Playwright;
using Npgsql;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// The duty officer's side of deliveries in a real browser: the desk shows a new evaluation's proposals without being
/// reloaded; a notice page follows its acknowledgment without being reloaded; the notice's PDF downloads; an acknowledgment
/// received by telephone is recorded with who, phone and time (the audit log names the duty officer); a failed notice is
/// sent again and ends delivered.
/// </summary>
[Collection("one console host at a time")]
public sealed class DutyDeliveryTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private async Task ExecAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(host.Postgres);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task DeskAndNoticePages_FollowProgress_DutyRecordsPhoneReceipts_AndSendsFailedNoticesAgain()
    {
        var desk = await ConsolePages.SignInAsync(host, host.Accounts["duty1"], firstTime: true);
        await Assertions.Expect(desk.GetByText("尚无预报。")).ToBeVisibleAsync();
        var navigations = 0;
        desk.FrameNavigated += (_, frame) => { if (frame == desk.MainFrame) navigations++; };

        // Uploaded elsewhere (duty2's API token): the open desk shows the proposals by itself.
        using var uploader = host.Uploader();
        var upload = await uploader.PostAsync("/api/forecasts", new ByteArrayContent(await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv"))));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        await Assertions.Expect(desk.GetByRole(AriaRole.Link, new() { Name = "江津区 待审批橙色预警" })).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        Assert.Equal(0, navigations);
        await ConsolePages.ShotAsync(desk, "30-desk-live");

        var warning = await Database.CountAsync(host.Postgres, "select id from warnings where district = '江津区'");
        var evaluation = await Database.CountAsync(host.Postgres, "select max(id) from evaluations");
        // The evaluation page and the warning page, open while the approval is given elsewhere, follow the notices to delivered.
        await desk.GotoAsync($"/evaluations/{evaluation}");
        await Assertions.Expect(desk.Locator("#evaluation-notices")).ToContainTextAsync("已生成待审批");
        var warningPage = await desk.Context.NewPageAsync();
        await warningPage.GotoAsync($"/warnings/{warning}");
        var warningNavigations = 0;
        warningPage.FrameNavigated += (_, frame) => { if (frame == warningPage.MainFrame) warningNavigations++; };
        navigations = 0;
        using (var approver = host.Bearer("approver1"))
            Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync($"/api/warnings/{warning}/approve?comment={Uri.EscapeDataString("同意")}", null)).StatusCode);
        await Assertions.Expect(desk.Locator("#evaluation-notices")).ToContainTextAsync("已送达", new() { Timeout = (float)Patience.TotalMilliseconds });
        var notices = warningPage.Locator("#warning-notices");
        await Assertions.Expect(notices.GetByRole(AriaRole.Cell, new() { Name = "已送达", Exact = true }).First).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        Assert.Equal(0, await notices.GetByRole(AriaRole.Cell, new() { Name = "已生成待审批", Exact = true }).CountAsync());
        await Assertions.Expect(warningPage.Locator("#warning-head")).Not.ToContainTextAsync("待审批");
        Assert.Equal((0, 0), (navigations, warningNavigations));
        await ConsolePages.ShotAsync(warningPage, "34-warning-live");
        await warningPage.CloseAsync();
        await Eventually.WaitForAsync(() => Database.CountAsync(host.Postgres, $"select count(*) from notices where warning_id = {warning} and status not in ('Delivered', 'Withdrawn')"),
            n => n == 0, Patience, "the notices of 江津区 to be delivered");
        var own = await Database.CountAsync(host.Postgres, $"select min(id) from notices where warning_id = {warning} and target = '{host.EnterpriseCode}' and status = 'Delivered'");
        var others = await Database.StringsAsync(host.Postgres,
            $"select id::text from notices where warning_id = {warning} and target_kind = 'enterprise' and target <> '{host.EnterpriseCode}' and status = 'Delivered' order by id limit 3");
        Assert.Equal(3, others.Count);
        var (byPhone, failed) = (long.Parse(others[0]), long.Parse(others[1]));

        // The enterprise acknowledges on its own: the duty officer's open notice page shows it without a reload.
        await desk.GotoAsync($"/notices/{own}");
        navigations = 0;
        await Assertions.Expect(desk.Locator("#notice-status")).ToHaveTextAsync("已送达");
        using (var enterprise = host.Bearer("enterprise1"))
            Assert.Equal(HttpStatusCode.OK, (await enterprise.PostAsync($"/api/notices/{own}/ack", null)).StatusCode);
        await Assertions.Expect(desk.Locator("#notice-status")).ToHaveTextAsync("已确认收悉", new() { Timeout = (float)Patience.TotalMilliseconds });
        Assert.Equal(0, navigations);

        // The notice as PDF.
        var download = await desk.RunAndWaitForDownloadAsync(() => desk.GetByRole(AriaRole.Link, new() { Name = "下载PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        var number = (await Database.StringsAsync(host.Postgres, $"select document_number from notices where id = {own}")).Single();
        Assert.Contains(number, (await Pdf.TextAsync(pdf)).Replace(" ", ""));

        // A receipt by telephone: a bad number is refused with the reason; a good one is recorded with who, phone and time.
        await desk.GotoAsync($"/notices/{byPhone}");
        await desk.GetByLabel("确认人").FillAsync("李明");
        await desk.GetByLabel("联系电话").FillAsync("12345");
        await desk.GetByRole(AriaRole.Button, new() { Name = "登记确认收悉" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Alert)).ToContainTextAsync("有效的联系电话");
        await desk.GotoAsync($"/notices/{byPhone}");
        await desk.GetByLabel("确认人").FillAsync("李明");
        await desk.GetByLabel("联系电话").FillAsync("023-68881234");
        await desk.GetByLabel("确认时间").FillAsync("2024-12-03T08:30");
        await desk.GetByRole(AriaRole.Button, new() { Name = "登记确认收悉" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Alert)).ToContainTextAsync("确认时间应在通知送达之后");
        host.AdvanceClock(TimeSpan.FromMinutes(40));
        await desk.GotoAsync($"/notices/{byPhone}");
        await desk.GetByLabel("确认人").FillAsync("李明");
        await desk.GetByLabel("联系电话").FillAsync("023-68881234");
        await desk.GetByLabel("确认时间").FillAsync("2024-12-03T09:30");
        await ConsolePages.ShotAsync(desk, "31-notice-phone-receipt");
        await desk.GetByRole(AriaRole.Button, new() { Name = "登记确认收悉" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记李明（023-68881234）电话确认收悉");
        await Assertions.Expect(desk.Locator("#notice-status")).ToHaveTextAsync("已确认收悉");
        Assert.Equal(["duty1|李明|023-68881234|2024-12-03 09:30"], await Database.StringsAsync(host.Postgres,
            $"select by_whom || '|' || contact_name || '|' || contact_phone || '|' || to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') from acknowledgments where notice_id = {byPhone}"));
        Assert.Equal(1, await Database.CountAsync(host.Postgres,
            $"select count(*) from audit_log where entity = 'notice' and entity_id = {byPhone} and actor = 'duty1' and action = 'Acknowledged' and detail like '%李明%023-68881234%2024-12-03 09:30%'"));

        // A notice whose delivery failed for good (a channel refusing it: simulated in the store, the test host's channels do not fail):
        // the duty officer sends it again, and the page follows it to delivered.
        await ExecAsync($"""
            delete from deliveries where notice_id = {failed};
            insert into deliveries (notice_id, channel, attempts, outcome, detail, reminder, at) values ({failed}, 'outbox', 3, 'PermanentFailure', 'recipient refused', false, '2024-12-03T09:00:00+08:00');
            update notices set status = 'Failed', delivered_at = null where id = {failed};
            """);
        await desk.GotoAsync("/");
        await desk.GetByRole(AriaRole.Link, new() { Name = "1份通知发送失败，需人工处理" }).ClickAsync();
        await desk.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(desk.Locator("#notice-status")).ToHaveTextAsync("发送失败");
        await desk.GetByRole(AriaRole.Button, new() { Name = "重新发送" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("已安排重新发送");
        await Assertions.Expect(desk.Locator("#notice-status")).ToHaveTextAsync("已送达", new() { Timeout = (float)Patience.TotalMilliseconds });
        await ConsolePages.ShotAsync(desk, "32-notice-sent-again");
        Assert.Equal(1, await Database.CountAsync(host.Postgres, $"select count(*) from audit_log where entity = 'notice' and entity_id = {failed} and actor = 'duty1' and action = 'Scheduled'"));
        Assert.True(await Database.CountAsync(host.Postgres, $"select count(*) from deliveries where notice_id = {failed} and outcome <> 'PermanentFailure'") >= 1, "a new delivery attempt");
        // Only a failed notice can be sent again.
        using var duty = new FormClient(host.BaseAddress);
        await duty.SignInAsync(host.Accounts["duty1"]);
        Assert.Equal(HttpStatusCode.Conflict, (await duty.PostFormAsync($"/notices/{failed}", $"/notices/{failed}/delivery?handler=Retry")).StatusCode);

        // The duty forms carry antiforgery tokens; a post without one is refused and records nothing.
        var spare = long.Parse(others[2]);
        var forms = Regex.Matches(await duty.Http.GetStringAsync($"/notices/{spare}"), "<form[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.Contains(forms, f => f.Value.Contains("handler=Acknowledge", StringComparison.Ordinal));
        Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Value));
        Assert.Equal(HttpStatusCode.BadRequest, (await duty.Http.PostAsync($"/notices/{spare}/delivery?handler=Acknowledge",
            new FormUrlEncodedContent([new("ContactName", "张三"), new("ContactPhone", "13800138000"), new("ReceivedAt", "2024-12-03T09:30")]))).StatusCode);
        Assert.Equal(0, await Database.CountAsync(host.Postgres, $"select count(*) from acknowledgments where notice_id = {spare}"));

        // Tablet width: the notice page fits.
        await desk.SetViewportSizeAsync(820, 1180);
        await desk.GotoAsync($"/notices/{failed}");
        Assert.True(await desk.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the notice page is wider than a tablet");
        await ConsolePages.ShotAsync(desk, "33-notice-tablet");
    }
}
