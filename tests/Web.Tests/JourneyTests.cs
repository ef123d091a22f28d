using System.Text.RegularExpressions;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Playwright;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// The duty desk's cycle in a real browser: duty uploads an orange forecast → sees Proposed districts on the map →
/// approver approves one district with a comment → its notices are delivered and visible → the audit log names both.
/// Screenshots of every page go to artifacts/web/.
/// </summary>
[Collection("one console host at a time")]
public sealed class JourneyTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task DutyUploads_ApproverApproves_NoticesDelivered_AuditNamesBoth()
    {
        var duty = host.Accounts["duty1"];
        var approver = host.Accounts["approver1"];

        var desk = await ConsolePages.SignInAsync(host, duty, firstTime: true, screenshots: "01");
        await desk.GetByRole(AriaRole.Link, new() { Name = "预报与研判" }).ClickAsync();
        await desk.GetByLabel("预报文件（CSV，可拖放到此处）").SetInputFilesAsync(Repo.Sample("forecast-orange.csv"));
        await ConsolePages.ShotAsync(desk, "02-forecasts");
        await desk.GetByRole(AriaRole.Button, new() { Name = "上传并研判" }).ClickAsync();
        try
        {
            await desk.WaitForURLAsync(new Regex("/evaluations/\\d+$"));
        }
        catch (TimeoutException)
        {
            await ConsolePages.ShotAsync(desk, "failed-upload");
            throw new Xunit.Sdk.XunitException($"the upload did not lead to its evaluation; at {desk.Url}: {await desk.Locator("main").InnerTextAsync()}");
        }
        await Assertions.Expect(desk.GetByText("已完成")).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await ConsolePages.ShotAsync(desk, "03-evaluation");

        await desk.GetByRole(AriaRole.Link, new() { Name = "值班台" }).ClickAsync();
        var proposed = desk.GetByRole(AriaRole.Link, new() { Name = "江津区 待审批橙色预警" });
        await Assertions.Expect(proposed).ToBeVisibleAsync();
        Assert.True(await desk.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("待审批橙色预警$") }).CountAsync() > 1, "more than one district proposed");
        await ConsolePages.ShotAsync(desk, "04-duty-desk");
        // The duty officer proposed it, so there is no decision form for them.
        await proposed.ClickAsync();
        Assert.Equal(0, await desk.GetByRole(AriaRole.Button, new() { Name = "批准发布" }).CountAsync());

        var review = await ConsolePages.SignInAsync(host, approver, firstTime: true);
        await Assertions.Expect(review.GetByRole(AriaRole.Link, new() { Name = "江津区橙色预警待审批" })).ToBeVisibleAsync();
        await review.GetByRole(AriaRole.Link, new() { Name = "江津区 待审批橙色预警" }).ClickAsync();
        await Assertions.Expect(review.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("江津区.*待审批") })).ToBeVisibleAsync();
        await review.GetByLabel("审批意见").FillAsync("经会商同意发布橙色预警");
        await ConsolePages.ShotAsync(review, "05-warning");
        await review.GetByRole(AriaRole.Button, new() { Name = "批准发布" }).ClickAsync();
        await review.WaitForLoadStateAsync();
        await ConsolePages.ShotAsync(review, "05b-after-approve");
        await Assertions.Expect(review.GetByRole(AriaRole.Status)).ToContainTextAsync("已批准");

        var warningUrl = review.Url;
        await Eventually.WaitForAsync(async () =>
        {
            await review.GotoAsync(warningUrl);
            return (Delivered: await review.GetByRole(AriaRole.Cell, new() { Name = "已送达", Exact = true }).CountAsync(), Rows: await RowsOf(review));
        }, n => n.Delivered > 0 && n.Delivered == n.Rows, Patience, "every notice of 江津区 to show as delivered");
        await ConsolePages.ShotAsync(review, "06-warning-delivered");

        await review.GetByRole(AriaRole.Link, new() { Name = "通知" }).ClickAsync();
        await review.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = "已送达" });
        await review.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        Assert.True(await review.GetByRole(AriaRole.Row).CountAsync() > 2, "delivered notices listed");
        await ConsolePages.ShotAsync(review, "07-notices");
        await review.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(review.GetByRole(AriaRole.Heading, new() { Name = "送达记录" })).ToBeVisibleAsync();
        await ConsolePages.ShotAsync(review, "08-notice");

        await review.GetByRole(AriaRole.Link, new() { Name = "预案规则" }).ClickAsync();
        await ConsolePages.ShotAsync(review, "09-rulesets");
        await review.GetByRole(AriaRole.Link, new() { Name = "审计日志" }).ClickAsync();
        await review.GetByLabel("账户").FillAsync("duty1");
        await review.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        var log = review.GetByRole(AriaRole.Table);
        await Assertions.Expect(log.GetByRole(AriaRole.Row).Filter(new() { HasText = "duty1" }).Filter(new() { HasText = "Received" })).ToHaveCountAsync(1);
        await review.GetByLabel("账户").FillAsync("approver1");
        await review.GetByLabel("对象").SelectOptionAsync(new SelectOptionValue { Label = "预警" });
        await review.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(log.GetByRole(AriaRole.Row).Filter(new() { HasText = "Approved" }).Filter(new() { HasText = "经会商同意发布橙色预警" })).ToHaveCountAsync(1);
        await ConsolePages.ShotAsync(review, "10-audit");
    }

    private static async Task<int> RowsOf(IPage page) =>
        await page.GetByRole(AriaRole.Heading, new() { Name = "通知与送达" }).Locator("xpath=..").GetByRole(AriaRole.Row).CountAsync() - 1;
}
