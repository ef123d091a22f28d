using EmergencyDSS.Bench.Notices;
using EmergencyDSS.Notices;

namespace EmergencyDSS.Bench.Tests.Notices;

/// <summary>
/// The render benchmark's baseline must keep writing exactly what the Scriban templates write; if a
/// template changes and the baseline does not, these fail instead of the benchmark timing different answers.
/// </summary>
public sealed class HandBuiltNoticeTests
{
    private static readonly Lazy<RenderComparison> City = new(RenderComparison.City);

    [Theory]
    [InlineData("stop")]
    [InlineData("limit")]
    [InlineData("self")]
    [InlineData("exempt")]
    public void HandBuilt_SampleCityNoticesOfSubject_EqualScriban(string subject)
    {
        var plans = City.Value.Plans.Where(p => p.Subject == subject).Take(4).ToList();

        Assert.NotEmpty(plans);
        AssertSame(City.Value.RenderScriban(plans), City.Value.RenderHandBuilt(plans));
    }

    [Fact]
    public void HandBuilt_EveryEventAndSubjectItWrites_EqualsScriban()
    {
        // The red sample has no transport bans, stagger or none notices and only issue events.
        var plans = City.Value.EveryBinding();

        Assert.Contains(plans, p => p is { Subject: "ban", Event: "upgrade" });
        Assert.Contains(plans, p => p is { Subject: "no-road", Event: "extend" });
        Assert.Contains(plans, p => p is { Subject: "limit", Event: "downgrade" }); // 错峰生产 has a template of its own now (stagger.sbn)
        Assert.Contains(plans, p => p is { Subject: "none", Event: "issue" });
        AssertSame(City.Value.RenderScriban(plans), City.Value.RenderHandBuilt(plans));
    }

    [Theory]
    [InlineData("<某某> & \"水泥\" '有限公司'")]
    [InlineData("  前后有空格的企业\u3000")]
    [InlineData("拉丁 café ©, astral 𠀀, nbsp\u00a0here")]
    [InlineData("名称中\n有换行的企业")]
    public void HandBuilt_NameAndReasonNeedingCare_EqualScriban(string name)
    {
        // Escaping (html.escape), trimming and line splitting (NoticeBody) on what the sample never contains.
        var plans = new[] { "stop", "limit" }
            .Select(s => City.Value.Plans.First(p => p.Subject == s))
            .Select(p => p with
            {
                TargetName = name,
                Measures = p.Measures.Select(m => m with { Because = $"{m.Because} <b>&amp; {name}</b>" }).ToList(),
            })
            .ToList();

        AssertSame(City.Value.RenderScriban(plans), City.Value.RenderHandBuilt(plans));
    }

    [Theory]
    [InlineData("<a href=\"x\">&'</a>")]
    [InlineData("\u00a0©é\u00ff\u0100")]
    [InlineData("𠀀漢\ud800")]
    [InlineData("a\tb\u0001c")]
    public void Escape_TrickyText_MatchesScribanHtmlEscape(string text)
    {
        var scriban = Scriban.Template.Parse("{{ x | html.escape }}").Render(new { x = text });

        Assert.Equal(scriban, HandBuiltNotices.Escape(text));
    }

    private static void AssertSame(IReadOnlyList<Notice> scriban, IReadOnlyList<Notice> handBuilt)
    {
        Assert.Null(RenderComparison.FirstDifference(scriban, handBuilt));
        Assert.Equal(scriban, handBuilt);
    }
}
