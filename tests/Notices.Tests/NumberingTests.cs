using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

public class NumberingTests
{
    [Fact]
    public void Numbers_FollowPlannedOrder_FromOne_PerIssuer_RegionalFirst()
    {
        var notices = Render.DemoWith("issue").Notices;
        Assert.Equal("regional", notices[0].TargetKind);
        foreach (var prefix in new[] { "渝环应急", "渝北环应急" })
        {
            var own = notices.Where(n => n.DocumentNumber.StartsWith(prefix + "〔", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(1, own.Count).Select(n => $"{prefix}〔2024〕{n}号"), own.Select(n => n.DocumentNumber));
        }
        // 渝北区 issues its own notices; every other district's come from the city bureau.
        Assert.All(notices, n => Assert.Equal(n.District == "渝北区", n.DocumentNumber.StartsWith("渝北环应急", StringComparison.Ordinal)));
        Assert.Equal(notices.Skip(1).OrderBy(n => n.District, StringComparer.Ordinal).ThenBy(n => n.TargetKind, StringComparer.Ordinal)
            .ThenBy(n => n.Target, StringComparer.Ordinal).Select(n => n.Id), notices.Skip(1).Select(n => n.Id));
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
        var yubei = first.Count(n => n.District == "渝北区");
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
