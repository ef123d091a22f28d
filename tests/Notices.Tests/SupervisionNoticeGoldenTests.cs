using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

/// <summary>The 督办通知 of the shipped plan (templates/supervise.sbn): text and SMS as golden files, 通知 form, number and district issuer.</summary>
public sealed class SupervisionNoticeGoldenTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static PlannedNotice Plan(string district) => new()
    {
        TargetKind = "supervision", Target = "91500116000000001K", TargetName = "重庆江津示例水泥有限公司", District = district,
        Event = "supervise", Subject = "supervise", Level = "",
        Supervision = new SupervisionCase(new DateOnly(2024, 12, 10), 2, 365, true, 3,
        [
            new SupervisedViolation(district, new DateOnly(2024, 12, 3), "partly", new DateTimeOffset(2024, 12, 4, 10, 0, 0, China)),
            new SupervisedViolation(district, new DateOnly(2024, 12, 10), "not_complied", new DateTimeOffset(2024, 12, 10, 15, 30, 0, China)),
        ]),
    };

    [Fact]
    public void ListedEnterprise_SupervisionNotice_MatchesGolden()
    {
        var renderer = new NoticeRenderer(Demo.Model, Demo.RulesetDirectory);
        Assert.True(renderer.HasSupervisionTemplate);
        var plan = Plan("江津区");
        var batch = renderer.RenderSupervision([plan], "sha", new DateTimeOffset(2024, 12, 10, 16, 0, 0, China), new InMemoryNoticeNumbers(),
            new Dictionary<string, string> { [plan.Key] = "ABCDEFGHJK" });
        var notice = Assert.Single(batch.Notices);
        Assert.Equal(("渝环应急告〔2024〕1号", "supervision", "supervise"), (notice.DocumentNumber, notice.TargetKind, notice.Subject));
        Assert.Contains("<h1>", notice.Html);
        Golden.Match("supervise.txt", $"{notice.Text}\n--- sms ---\n{notice.Sms}\n");
    }

    [Fact]
    public void DistrictWithItsOwnIssuer_NumbersUnderItsPrefix_AndTheSameInputsGiveTheSameBytes()
    {
        var renderer = new NoticeRenderer(Demo.Model, Demo.RulesetDirectory);
        var plan = Plan("渝北区");
        Notice Render() => renderer.RenderSupervision([plan], "sha", new DateTimeOffset(2024, 12, 10, 16, 0, 0, China), new InMemoryNoticeNumbers(),
            new Dictionary<string, string> { [plan.Key] = "ABCDEFGHJK" }).Notices.Single();
        var (first, again) = (Render(), Render());
        Assert.StartsWith("渝北环应急告〔2024〕", first.DocumentNumber);
        Assert.Equal(first.ContentSha256, again.ContentSha256);
        Assert.Contains("重庆市渝北区生态环境局", first.Text);
    }
}
