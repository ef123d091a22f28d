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
