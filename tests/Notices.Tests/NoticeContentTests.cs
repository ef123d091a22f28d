using System.Text.RegularExpressions;
using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

/// <summary>No demo notice, for any event, has an empty field or leftover template syntax.</summary>
public partial class NoticeContentTests
{
    // An empty field shows up as punctuation with nothing between: "为。", "（）", "：。", "至。", doubled spaces.
    [GeneratedRegex(@"\{\{|\}\}|（）|：[。，；]|[为至于在和]。|[为至于]，|\s{3,}\S|：$|^\s*$", RegexOptions.Multiline)]
    private static partial Regex EmptyField();

    [Theory]
    [InlineData("forecast-orange.csv", "issue")]
    [InlineData("forecast-red.csv", "issue")]
    [InlineData("forecast-regional.csv", "upgrade")]
    [InlineData("forecast-ozone.csv", "issue")]
    public void SampleCityNotices_HaveNoEmptyFieldOrLeftoverSyntax(string forecast, string ev)
    {
        var decisions = SampleCity.Evaluate(forecast);
        // A target of a warning whose level changes has several notices (one per level segment) under one event key.
        var events = NoticePlanner.Plan(decisions).Select(p => PlannedNotice.EventKey(p.TargetKind, p.District, p.Target))
            .Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => ev, StringComparer.Ordinal);
        var batch = Render.Shared.RenderAll(decisions, events);
        Assert.Equal(decisions.Warnings.Count > 0, batch.Notices.Count > 0);
        Assert.All(batch.Unbound, u => Assert.Contains("`rainfall`", u));
        foreach (var n in batch.Notices) AssertComplete(n);
    }

    [Theory]
    [InlineData("issue")]
    [InlineData("upgrade")]
    [InlineData("downgrade")]
    [InlineData("extend")]
    [InlineData("lift")]
    public void DemoNotices_Event_HaveNoEmptyFieldOrLeftoverSyntax(string ev)
    {
        foreach (var n in Render.DemoWith(ev).Notices) AssertComplete(n);
    }

    private static void AssertComplete(Notice n)
    {
        var body = string.Join("\n", n.Text.Split('\n').Where(l => l.Length > 0 && !l.EndsWith('：')));
        Assert.False(EmptyField().IsMatch(body), $"{n.Id}: `{EmptyField().Match(body).Value}` in\n{n.Text}");
        Assert.DoesNotContain("{{", n.Html);
        Assert.DoesNotContain("}}", n.Html);
        Assert.DoesNotContain("<p></p>", n.Html);
        Assert.True(n.Sms.Length <= 500, $"{n.Id}: SMS of {n.Sms.Length} characters");
        Assert.Contains(n.AcknowledgmentCode, n.Sms);
        Assert.Contains(n.DocumentNumber, n.Html);
        Assert.Contains(n.Title, n.Html);
    }

    [Fact]
    public void StopNotice_SaysWhenAndWhy()
    {
        var n = Render.DemoWith("issue").Notices.Single(x => x.Target == "91500112MA5U7CEM01");
        Assert.Contains("停止生产", n.Text);
        Assert.Contains("2024年12月3日0时至2024年12月5日0时", n.Text);
        Assert.Contains("水泥行业C级企业", n.Text);
        Assert.Contains("橙色预警", n.Title);
        Assert.Contains("禁止国四及以下排放标准的重型柴油货车进出厂区", n.Text);
        Assert.DoesNotContain("国五以下", n.Text, StringComparison.Ordinal);
        Assert.Contains("023-88736270", n.Text);
        Assert.StartsWith("重庆市渝北区生态环境局", n.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_EscapesNamesFromTheReductionList()
    {
        var hostile = Demo.Decisions with
        {
            Measures = Demo.Decisions.Measures.Select(m => m.Target == "91500112MA5U7CEM01" ? m with { TargetName = "<script>alert(1)</script>水泥厂" } : m).ToList(),
        };
        var n = Render.Shared.RenderAll(hostile).Notices.Single(x => x.Target == "91500112MA5U7CEM01");
        Assert.DoesNotContain("<script>", n.Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;水泥厂", n.Html);
    }

    [Fact]
    public void Sms_LongNotice_IsCutTo500WithCodeKept()
    {
        var plan = NoticePlanner.Plan(Demo.Decisions).First(p => p.Subject == "stop");
        var many = plan with { Measures = Enumerable.Repeat(plan.Measures[0], 40).ToList() };
        var sms = NoticeText.Sms(many, new NoticeBody("标题", []), "渝环应急〔2024〕1号", Demo.Model.Header.Authority, "ABCDEFGHIJ", Demo.IssuedAt);
        Assert.Equal(500, sms.Length);
        Assert.EndsWith("确认码ABCDEFGHIJ。", sms);
    }
}
