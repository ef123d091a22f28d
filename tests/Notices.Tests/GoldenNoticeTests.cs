using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

/// <summary>One golden text per bound template and event (Cases/&lt;template&gt;.&lt;event&gt;.txt), from the demo episode.</summary>
public class GoldenNoticeTests
{
    public static TheoryData<string, string> TemplateEvents()
    {
        var data = new TheoryData<string, string>();
        foreach (var binding in Demo.Model.Templates)
            foreach (var ev in binding.Events)
                data.Add(Path.GetFileNameWithoutExtension(binding.Path), ev);
        return data;
    }

    [Theory]
    [MemberData(nameof(TemplateEvents))]
    public void Template_Event_MatchesGolden(string template, string ev)
    {
        var binding = Demo.Model.Templates.First(b => Path.GetFileNameWithoutExtension(b.Path) == template && b.Events.Contains(ev));
        var notice = Render.DemoWith(ev).Notices.FirstOrDefault(n => binding.Subjects.Contains(n.Subject));
        Assert.True(notice is not null, $"the demo has no notice for {ev} of {string.Join("/", binding.Subjects)}");
        Golden.Match($"{template}.{ev}.txt", $"{notice.Text}\n--- sms ---\n{notice.Sms}\n");
    }

    /// <summary>A calendar 错峰生产 period, without a warning: announced by the first forecast that reaches it, with its exact dates.</summary>
    [Fact]
    public void CalendarStagger_Issue_StatesThePeriodsExactDates_MatchesGolden()
    {
        var issued = new DateTimeOffset(2024, 12, 17, 16, 0, 0, TimeSpan.FromHours(8));
        var days = Enumerable.Range(0, 3).Select(i => new ForecastDay
        {
            District = "渝北区", Date = new DateOnly(2024, 12, 18).AddDays(i), Aqi = 80, PrimaryPollutant = "PM2.5",
        }).ToList();
        Enterprise[] kiln = [new() { Id = "91500112MA5U7BRK08", Name = "重庆渝北页岩砖厂", District = "渝北区", Industry = "砖瓦窑", Grade = "C", So2T = 3, NoxT = 5, PmT = 2, VocsT = 0 }];
        var decisions = CompiledPlan.Compile(Demo.Model).Evaluate(new Forecast { IssuedAt = issued, Sha256 = "stagger", Days = days }, kiln, [], issued);

        Assert.Empty(decisions.Warnings);
        var notice = Assert.Single(Render.Shared.RenderAll(decisions).Notices);
        Assert.Equal(("stagger", "stagger", "issue"), (notice.TargetKind, notice.Subject, notice.Event));
        Assert.Contains("执行时间：2024年12月20日0时至2025年2月1日0时", notice.Text);
        Golden.Match("stagger.calendar.txt", $"{notice.Text}\n--- sms ---\n{notice.Sms}\n");
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("warning")]
    [InlineData("party")]
    [InlineData("traffic")]
    public void Lift_Subject_MatchesGolden(string subject)
    {
        var notice = Render.DemoWith("lift").Notices.First(n => n.Subject == subject);
        Golden.Match($"lift.{subject}.txt", $"{notice.Text}\n--- sms ---\n{notice.Sms}\n");
    }

    [Fact]
    public void EnterpriseStop_Issue_HtmlMatchesGolden()
    {
        var notice = Render.DemoWith("issue").Notices.Single(n => n.Subject == "stop");
        Golden.Match("enterprise-stop.issue.html", notice.Html);
    }

    [Fact]
    public void Render_Twice_SameBytes()
    {
        var first = Render.DemoWith("issue").Notices.Select(n => (n.DocumentNumber, n.ContentSha256)).ToList();
        var again = new NoticeRenderer(Demo.Model, Demo.RulesetDirectory).RenderAll(Demo.Decisions).Notices
            .Select(n => (n.DocumentNumber, n.ContentSha256)).ToList();
        Assert.Equal(first, again);
    }
}
