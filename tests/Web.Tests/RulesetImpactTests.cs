using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Playwright;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// 启用影响评估 (issue 16): before accepting a proposed ruleset, the approver sees what it would change on the forecasts
/// uploaded so far — the same replay and diff as `dss diff`, over the stored forecasts and the active lists. A revision
/// that raises the orange threshold (AQI &gt; 250 on 2 consecutive days, where the plan says &gt; 200 on 2 or &gt; 150 on 3)
/// turns every orange district-day of the sample orange forecast yellow; a revision of the version line changes nothing.
/// </summary>
[Collection("one console host at a time")]
public sealed class RulesetImpactTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    [Fact]
    public async Task ApproverSeesTheImpact_OfAProposedRevision_BeforeAcceptingIt()
    {
        await Episodes.UploadAsync(host, await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv")));
        var plan = await File.ReadAllTextAsync(Repo.Ruleset);
        const string orange = "  when aqi > 重污染 on 2 consecutive days\n    or aqi > 150 on 3 consecutive days";
        Assert.Contains(orange, plan);
        var stricter = await ProposeAsync(plan.Replace(orange, "  when aqi > 250 on 2 consecutive days").Replace("version \"2024.1\"", "version \"2024.2-严\""));
        var same = await ProposeAsync(plan.Replace("version \"2024.1\"", "version \"2024.2-同\""));
        // Independent of the replay: the districts the stored evaluation proposed or issued orange for.
        var orangeDistricts = await Database.StringsAsync(host.Postgres, "select distinct district from warnings where level = 'orange' order by 1");
        Assert.Contains("江津区", orangeDistricts);

        var page = await ConsolePages.SignInAsync(host, host.Accounts["approver1"], firstTime: true);
        await page.GetByRole(AriaRole.Link, new() { Name = "预案规则" }).ClickAsync();
        var proposal = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "2024.2-严" });
        await proposal.GetByRole(AriaRole.Link, new() { Name = "启用影响评估" }).ClickAsync();
        await page.WaitForURLAsync($"**/rulesets/{stricter}/impact");
        var impact = page.Locator("#impact");
        await Assertions.Expect(impact.GetByRole(AriaRole.Heading, new() { Name = "预警级别变化" })).ToBeVisibleAsync();
        await ConsolePages.ShotAsync(page, "11-ruleset-impact");

        var rows = await LevelRowsAsync(impact);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(("橙色预警", "黄色预警"), (r[2], r[3])));
        Assert.Equal(orangeDistricts, rows.Select(r => r[0]).Distinct().Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["2024年12月4日", "2024年12月5日", "2024年12月6日"], rows.Where(r => r[0] == "江津区").Select(r => r[1]).ToList());
        await Assertions.Expect(impact.GetByRole(AriaRole.Heading, new() { Name = "企业停限产变化（按行业、绩效分级）" })).ToBeVisibleAsync();
        Assert.DoesNotContain("均无变化", await impact.GetByRole(AriaRole.Heading, new() { Name = "企业停限产变化（按行业、绩效分级）" }).Locator("xpath=following-sibling::*[1]").InnerTextAsync());
        var text = await impact.InnerTextAsync();
        Assert.Contains($"以最近上传的1期预报回放；预警级别变化{rows.Count}个区县日，停限产变化", text);
        Assert.DoesNotMatch("[A-Za-z]{3,}", text);

        await page.GotoAsync($"/rulesets/{same}/impact");
        await Assertions.Expect(impact.GetByRole(AriaRole.Status)).ToContainTextAsync("启用该版本不改变任何预警、措施或通知。");
        Assert.Empty(await LevelRowsAsync(impact));
        // The active version compared with itself: said so, nothing replayed.
        var active = await Database.CountAsync(host.Postgres, "select id from ruleset_versions where active");
        await page.GotoAsync($"/rulesets/{active}/impact");
        await Assertions.Expect(impact.GetByRole(AriaRole.Status)).ToContainTextAsync("该版本即现行版本。");
    }

    private async Task<long> ProposeAsync(string text)
    {
        using var author = host.Bearer("author1");
        var answer = await author.PostAsync("/api/rulesets?name=chongqing-2024.dss", new StringContent(text));
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        return (await answer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("ruleset_id").GetInt64();
    }

    /// <summary>The level-change table's rows as (district, date, before, after); none when the section says nothing changed.</summary>
    private static async Task<List<string[]>> LevelRowsAsync(ILocator impact)
    {
        var section = impact.GetByRole(AriaRole.Heading, new() { Name = "预警级别变化" }).Locator("xpath=following-sibling::*[1]");
        if (await section.EvaluateAsync<string>("e => e.tagName") != "TABLE") return [];
        var cells = await section.Locator("tr").AllInnerTextsAsync();
        return cells.Skip(1).Select(r => Regex.Split(r.Trim(), "\t")).ToList();
    }
}
