using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

public class NumberingTests
{
    [Fact]
    public void Numbers_FollowPlannedOrder_FromOne_PerSeries_RegionalThenWarningsFirst()
    {
        var notices = Render.DemoWith("issue").Notices;
        Assert.Equal("regional", notices[0].TargetKind);
        // Each issuer has two series: 文件 (warnings, 通告, 函) and 告知 (a notice to one enterprise or site). Within a series numbers
        // run from 1 in planned order, except that the city's regional notices and then the district warnings come first.
        foreach (var prefix in new[] { "渝环应急", "渝北环应急", "渝环应急告", "渝北环应急告" })
        {
            var own = notices.Where(n => n.DocumentNumber.StartsWith(prefix + "〔", StringComparison.Ordinal))
                .OrderBy(n => n.TargetKind switch { "regional" => 0, "warning" => 1, _ => 2 }).ToList();
            Assert.NotEmpty(own);
            Assert.Equal(Enumerable.Range(1, own.Count).Select(n => $"{prefix}〔2024〕{n}号"), own.Select(n => n.DocumentNumber));
        }
        Assert.All(notices, n => Assert.Equal(n.TargetKind is "enterprise" or "site" or "stagger", n.DocumentNumber.Contains("告〔", StringComparison.Ordinal)));
        // 渝北区 issues its own notices; every other district's come from the city bureau.
        Assert.All(notices, n => Assert.Equal(n.District == "渝北区", n.DocumentNumber.StartsWith("渝北环应急", StringComparison.Ordinal)));
        Assert.Equal(notices.Skip(1).OrderBy(n => n.District, StringComparer.Ordinal).ThenBy(n => n.TargetKind, StringComparer.Ordinal)
            .ThenBy(n => n.Target, StringComparer.Ordinal).Select(n => n.Id), notices.Skip(1).Select(n => n.Id));
    }

    [Fact]
    public void RecipientNotices_CiteTheirDistrictsWarningNotice_ByTitleAndNumber()
    {
        var notices = Render.DemoWith("issue").Notices;
        var cited = 0;
        foreach (var warning in notices.Where(n => n.TargetKind == "warning"))
        {
            var title = warning.Title.Replace("（待审批）", "", StringComparison.Ordinal);
            var recipients = notices.Where(n => n.District == warning.District && n.TargetKind is "enterprise" or "site").ToList();
            Assert.All(recipients, n => Assert.Contains($"{warning.District}重污染天气", title, StringComparison.Ordinal));
            Assert.All(recipients, n => Assert.Contains($"《{title}》（{warning.DocumentNumber}）", n.Text, StringComparison.Ordinal));
            cited += recipients.Count;
        }
        Assert.True(cited > 0, $"only {cited} recipient notices cite a warning notice");
        Assert.Contains(notices, n => n.District == "渝北区" && n.TargetKind == "enterprise" && n.Text.Contains("（渝北环应急〔2024〕", StringComparison.Ordinal));
        // 错峰生产 follows no warning: it cites none.
        Assert.All(notices.Where(n => n.TargetKind == "stagger"), n => Assert.DoesNotContain("预警的通知》", n.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void SameNotice_RenderedAgain_KeepsItsNumber_NewNoticeGetsTheNext()
    {
        var numbers = new InMemoryNoticeNumbers();
        var first = Render.Shared.RenderAll(Demo.Decisions, numbers: numbers).Notices;
        var lift = NoticePlanner.Plan(Demo.Decisions).ToDictionary(p => PlannedNotice.EventKey(p.TargetKind, p.District, p.Target), _ => "issue");
        lift[PlannedNotice.EventKey("warning", "渝北区", "渝北区")] = "lift";
        var second = Render.Shared.RenderAll(Demo.Decisions, lift, numbers).Notices;
        Assert.Equal(first.Where(n => n.Id != "warning:渝北区:渝北区:issue").Select(n => n.DocumentNumber),
            second.Where(n => n.Event == "issue").Select(n => n.DocumentNumber));
        var yubei = first.Count(n => n.DocumentNumber.StartsWith("渝北环应急〔", StringComparison.Ordinal));
        Assert.Equal($"渝北环应急〔2024〕{yubei + 1}号", second.Single(n => n.Event == "lift").DocumentNumber);
        // The lift amends the warning notice it ends.
        Assert.Contains(first.Single(n => n.Id == "warning:渝北区:渝北区:issue").DocumentNumber, second.Single(n => n.Event == "lift").Text);
    }

    [Fact]
    public void AcknowledgmentCode_IsTenBase32Characters_DependingOnKeyAndRuleset()
    {
        var a = DocumentNumber.AcknowledgmentCode("enterprise:渝北区:X:issue", "abc");
        Assert.Matches("^[A-Z2-7]{10}$", a);
        Assert.Equal(a, DocumentNumber.AcknowledgmentCode("enterprise:渝北区:X:issue", "abc"));
        Assert.NotEqual(a, DocumentNumber.AcknowledgmentCode("enterprise:渝北区:X:issue", "abd"));
        Assert.NotEqual(a, DocumentNumber.AcknowledgmentCode("enterprise:渝北区:X:lift", "abc"));
    }

    [Theory]
    [InlineData("2024-12-03T00:00:00+08:00", "2024年12月3日0时")]
    [InlineData("2024-12-02T16:30:00+00:00", "2024年12月3日0时30分")]
    [InlineData("2024-12-31T23:00:00+08:00", "2024年12月31日23时")]
    public void ChineseTime_Instant_IsShanghaiOfficialStyle(string instant, string expected) =>
        Assert.Equal(expected, ChineseTime.Instant(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
}
