using System.Text.RegularExpressions;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Playwright;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// The closed loop in a real browser: an enterprise on a phone-sized screen signs in by credit code, sees only its own
/// notices, downloads one as PDF, acknowledges it (who, phone) and reports implementation with an evidence photo; an
/// inspector finds it not complying in two episodes → it is on the supervision list; the second episode's post-mortem
/// PDF lists it. Screenshots in artifacts/web/portal-*.png.
/// </summary>
[Collection("one console host at a time")]
public sealed class PortalJourneyTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    [Fact]
    public async Task Enterprise_Acknowledges_Reports_Inspector_FindsTwoViolations_ListedAndInPostMortem()
    {
        var code = host.EnterpriseCode;
        await Episodes.UploadAsync(host, await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv")));
        await Episodes.ApproveAndDeliverAsync(host, "江津区", code);
        var own = await Database.StringsAsync(host.Postgres, $"select document_number from notices where target_kind = 'enterprise' and target = '{code}' order by id desc");
        var others = await Database.StringsAsync(host.Postgres, $"select distinct target from notices where target_kind = 'enterprise' and target <> '{code}'");
        Assert.NotEmpty(own);
        Assert.NotEmpty(others);

        // The enterprise, on a phone.
        await using var phone = await host.Browser.NewContextAsync(new()
        {
            BaseURL = host.BaseAddress.ToString().TrimEnd('/'), Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true, HasTouch = true, AcceptDownloads = true,
        });
        phone.SetDefaultTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        var page = await phone.NewPageAsync();
        await page.GotoAsync("/portal");
        await page.WaitForURLAsync("**/portal/signin");
        var account = host.Accounts["enterprise1"];
        await page.GetByLabel("统一社会信用代码").FillAsync(code);
        await page.GetByLabel("密码").FillAsync(account.InitialPassword);
        await ConsolePages.ShotAsync(page, "portal-01-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/account/password");
        await page.GetByLabel("当前密码").FillAsync(account.InitialPassword);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync(account.NewPassword);
        await page.GetByLabel("再次输入新密码").FillAsync(account.NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await page.WaitForURLAsync("**/portal");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "当前应急措施" })).ToBeVisibleAsync();
        var main = await page.Locator("main").InnerTextAsync();
        Assert.All(own, n => Assert.Contains(n, main));
        Assert.All(others, other => Assert.DoesNotContain(other, main));
        Assert.Equal(own.Count, await page.Locator("li.card").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the portal fits a phone's width");
        await ConsolePages.ShotAsync(page, "portal-02-home");

        await page.GetByRole(AriaRole.Link, new() { Name = own[^1] }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载PDF" }).ClickAsync());
        var pdfPath = Path.Combine(Path.GetTempPath(), $"portal-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(pdfPath);
        var noticeText = await Pdf.TextAsync(await File.ReadAllBytesAsync(pdfPath));
        File.Delete(pdfPath);
        Assert.Contains("回执确认码", noticeText);

        await page.GetByLabel("确认人").FillAsync("张建国");
        await page.GetByLabel("联系电话").FillAsync("13912345678");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认收悉" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已确认收悉");
        Assert.Equal(1, await Database.CountAsync(host.Postgres, $"select count(*) from acknowledgments a join notices n on n.id = a.notice_id where n.target = '{code}' and a.contact_name = '张建国' and a.contact_phone = '13912345678'"));

        var photo = Path.Combine(Path.GetTempPath(), "停产现场.png");
        await File.WriteAllBytesAsync(photo, Pdf.TinyPng);
        await page.GetByLabel("已采取的措施").FillAsync("窑头、窑尾生产线已于12月4日0时停产，原料堆场全部覆盖。");
        await page.GetByLabel("停产（限产）的生产线").FillAsync("1号熟料生产线、2号熟料生产线");
        await page.Locator("#files").SetInputFilesAsync(photo);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交落实情况" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("证明材料1个");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "停产现场.png" })).ToBeVisibleAsync();
        Assert.Equal(1, await Database.CountAsync(host.Postgres, $"select count(*) from evidence_files where owner_kind = 'report' and credit_code = '{code}' and size_bytes = {Pdf.TinyPng.Length}"));
        await ConsolePages.ShotAsync(page, "portal-03-notice");

        // The inspector finds it not complying in this episode …
        var inspector = await ConsolePages.SignInAsync(host, host.Accounts["inspector1"], firstTime: true);
        await RecordAsync(inspector, code, await FirstEpisodeAsync(code, latest: false), "第一次检查：1号线仍在生产。");
        await inspector.GotoAsync("/supervision");
        Assert.DoesNotContain(code, await inspector.Locator("main").InnerTextAsync());

        // … a clean forecast lifts the warning, a week later a new orange episode begins …
        await Episodes.UploadAsync(host, Episodes.Shifted("forecast-clean.csv", 1));
        host.AdvanceClock(TimeSpan.FromDays(7));
        await Episodes.UploadAsync(host, Episodes.Shifted("forecast-orange.csv", 7));
        await Episodes.ApproveAndDeliverAsync(host, "江津区", code);
        Assert.Equal(2, await Database.CountAsync(host.Postgres, $"select count(distinct episode_start) from notices where target = '{code}'"));

        // … and not complying again: on the supervision list.
        // A week passed on the host's clock: the 8-hour session has ended, the inspector signs in again.
        inspector = await ConsolePages.SignInAsync(host, host.Accounts["inspector1"], firstTime: false);
        var second = await FirstEpisodeAsync(code, latest: true);
        await RecordAsync(inspector, code, second, "复查：2号线未停产。");
        await inspector.GotoAsync("/supervision");
        var supervised = inspector.GetByRole(AriaRole.Heading, new() { Name = "督企清单", Exact = true }).Locator("xpath=..");
        await Assertions.Expect(supervised.GetByRole(AriaRole.Row).Filter(new() { HasText = code })).ToHaveCountAsync(1);
        await ConsolePages.ShotAsync(inspector, "portal-05-supervision");

        // The post-mortem of the second episode lists it (PDF text).
        var bureau = await ConsolePages.SignInAsync(host, host.Accounts["auditor1"], firstTime: true);
        var response = await bureau.APIRequest.GetAsync($"/review/{Uri.EscapeDataString("江津区")}/{second}?handler=Pdf");
        Assert.Equal(200, response.Status);
        var report = Regex.Replace(await Pdf.TextAsync(await response.BodyAsync()), @"\s+", "");
        Assert.Contains("复盘报告", report);
        Assert.Contains(code, report);
        Assert.Contains("未落实", report);
        Assert.Contains("已列入", report);
        await bureau.GotoAsync($"/review/{Uri.EscapeDataString("江津区")}/{second}");
        await ConsolePages.ShotAsync(bureau, "portal-06-post-mortem");
    }

    private async Task<string> FirstEpisodeAsync(string code, bool latest) =>
        (await Database.StringsAsync(host.Postgres, $"select to_char({(latest ? "max" : "min")}(episode_start), 'YYYY-MM-DD') from notices where target = '{code}' and district = '江津区'")).Single();

    private static async Task RecordAsync(IPage inspector, string code, string episode, string note)
    {
        var shown = await inspector.GotoAsync($"/inspect/{code}");
        var body = await inspector.Locator("body").InnerTextAsync();
        Assert.True(shown is { Ok: true } && body.Contains("记录现场检查"), $"/inspect/{code} answered {shown?.Status} at {inspector.Url}: {body}");
        await inspector.GetByLabel("过程", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = $"江津区|{episode}" });
        await inspector.GetByLabel("检查结论").SelectOptionAsync(new SelectOptionValue { Label = "未落实" });
        await inspector.GetByLabel("检查情况").FillAsync(note);
        await inspector.GetByRole(AriaRole.Button, new() { Name = "记录检查结论" }).ClickAsync();
        await Assertions.Expect(inspector.GetByRole(AriaRole.Status)).ToContainTextAsync("未落实");
        await ConsolePages.ShotAsync(inspector, $"portal-04-inspect-{episode}");
    }
}
